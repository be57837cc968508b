package io.payerid.sandbox.alipay;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes gateway answers the way Alipay does: {@code {"<node>":{...},"sign":"..."}}, compact, with
 * the signature computed by the sandbox's own key over the node's text <em>exactly as emitted</em>.
 * Clients (alipay-sdk-java's {@code getSignSourceData}) cut that text back out of the raw body by
 * brace matching and verify it byte for byte, so the node is serialized once, signed, and spliced in
 * verbatim — never re-serialized. Alipay escapes '/' as {@code \/} in strings; so does the sandbox by
 * default, which is what makes naive clients that re-serialize before verifying fail here as they
 * would against Alipay.
 */
final class SignedGatewayResponses {

    static final String ERROR_NODE = "error_response";
    private static final MediaType JSON_UTF8 = MediaType.parseMediaType("application/json;charset=UTF-8");

    private final SandboxAlipayKeys keys;
    private final JsonMapper json;

    SignedGatewayResponses(SandboxAlipayKeys keys, boolean escapeSlashes) {
        this.keys = keys;
        JsonMapper.Builder builder = JsonMapper.builder();
        this.json = (escapeSlashes ? builder.enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
                : builder.disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)).build();
    }

    /** Alipay answers HTTP 200 whatever happened; success and failure differ only in the body. */
    ServerResponse respond(String successNode, GatewayAnswer answer) {
        return ServerResponse.ok().contentType(JSON_UTF8).body(body(successNode, answer));
    }

    String body(String successNode, GatewayAnswer answer) {
        return switch (answer) {
            case GatewayAnswer.Success success -> signedEnvelope(successNode, success.node());
            case GatewayAnswer.Failure failure -> signedEnvelope(ERROR_NODE, errorNode(failure.error()));
        };
    }

    private String signedEnvelope(String nodeName, Map<String, Object> node) {
        String nodeText = json.writeValueAsString(node);
        String sign = keys.sign(nodeText, StandardCharsets.UTF_8);
        return "{" + json.writeValueAsString(nodeName) + ":" + nodeText + ",\"sign\":" + json.writeValueAsString(sign) + "}";
    }

    private static Map<String, Object> errorNode(GatewayError error) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", error.code());
        node.put("msg", error.msg());
        node.put("sub_code", error.subCode());
        node.put("sub_msg", error.subMsg());
        return node;
    }
}
