package io.payerid.sandbox.alipay;

import java.util.Map;

/** What a gateway method decided: the fields of its response node, or an error_response. */
sealed interface GatewayAnswer {

    /** Fields in emission order (a LinkedHashMap), serialized as the {@code <method>_response} node. */
    record Success(Map<String, Object> node) implements GatewayAnswer {
    }

    record Failure(GatewayError error) implements GatewayAnswer {
    }

    static GatewayAnswer failure(GatewayError error) {
        return new Failure(error);
    }
}
