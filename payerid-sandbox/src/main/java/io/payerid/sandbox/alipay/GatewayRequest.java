package io.payerid.sandbox.alipay;

import java.util.Map;

/**
 * One call to {@code gateway.do}: every parameter, protocol ones (query string) and application ones
 * (form body) together, since Alipay signs and reads them as one set. Blank values count as absent.
 */
record GatewayRequest(Map<String, String> params) {

    GatewayRequest {
        params = Map.copyOf(params);
    }

    String param(String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    String appId() {
        return param("app_id");
    }

    String method() {
        return param("method");
    }

    /** The response node the SDK looks for: method with dots → underscores, plus {@code _response}. */
    String responseNode() {
        return method().replace('.', '_') + "_response";
    }
}
