package io.payerid.server.web;

import io.payerid.core.error.PayerIdException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query/form parameters as a single-valued map. A repeated parameter is refused rather than
 * guessed: signing and verification must see exactly the same values.
 */
public final class RequestParameters {

    private RequestParameters() {
    }

    public static Map<String, String> single(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> {
            if (values.length > 1) {
                throw PayerIdException.invalid("parameter " + name + " is repeated");
            }
            params.put(name, values.length == 0 ? "" : values[0]);
        });
        return params;
    }

    public static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw PayerIdException.invalid(name + " is required");
        }
        return value;
    }
}
