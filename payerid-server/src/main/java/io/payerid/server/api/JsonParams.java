package io.payerid.server.api;

import io.payerid.core.error.PayerIdException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A signed JSON body as the flat string map the signature covers. Only top-level scalars are allowed:
 * a nested value would have no agreed canonical form, so it is refused rather than guessed.
 */
public final class JsonParams {

    private JsonParams() {
    }

    public static Map<String, String> flat(JsonMapper json, String body) {
        JsonNode root;
        try {
            root = json.readTree(body == null ? "" : body);
        } catch (JacksonException e) {
            throw PayerIdException.invalid("body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw PayerIdException.invalid("body must be a JSON object");
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : root.properties()) {
            JsonNode value = field.getValue();
            if (value.isContainer()) {
                throw PayerIdException.invalid(field.getKey() + " must be a string or number");
            }
            params.put(field.getKey(), value.isNull() ? "" : value.asString());
        }
        return params;
    }
}
