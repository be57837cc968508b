package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The signature covers the node's text exactly as emitted, escapes included. */
class SignedGatewayResponsesTest {

    private final SandboxAlipayKeys keys = SandboxAlipayKeys.generate();

    private static Map<String, Object> trickyNode() {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("code", "10000");
        node.put("nick_name", "\"}{\\ 引号/斜杠");
        node.put("avatar", "https://example.com/x.png");
        return node;
    }

    @Test
    void theNodeIsSignedAsEmittedWithEscapedSlashesQuotesAndBraces() {
        String body = new SignedGatewayResponses(keys, true)
                .body("alipay_user_info_share_response", new GatewayAnswer.Success(trickyNode()));

        String nodeText = SignedNodeText.of(body, "alipay_user_info_share_response");
        assertThat(nodeText).isEqualTo("{\"code\":\"10000\",\"nick_name\":\"\\\"}{\\\\ 引号\\/斜杠\","
                + "\"avatar\":\"https:\\/\\/example.com\\/x.png\"}");
        assertThat(body).isEqualTo("{\"alipay_user_info_share_response\":" + nodeText + ",\"sign\":\""
                + SignedNodeText.sign(body) + "\"}");
        assertThat(verifies(nodeText, SignedNodeText.sign(body))).isTrue();
        // Re-serialized text (slashes unescaped) is not what was signed: clients must verify the raw span.
        assertThat(verifies(nodeText.replace("\\/", "/"), SignedNodeText.sign(body))).isFalse();
    }

    @Test
    void withoutSlashEscapingTheNodeStillVerifies() {
        String body = new SignedGatewayResponses(keys, false)
                .body("alipay_user_info_share_response", new GatewayAnswer.Success(trickyNode()));

        String nodeText = SignedNodeText.of(body, "alipay_user_info_share_response");
        assertThat(nodeText).contains("https://example.com/x.png");
        assertThat(verifies(nodeText, SignedNodeText.sign(body))).isTrue();
    }

    @Test
    void errorsAreSignedErrorResponses() {
        String body = new SignedGatewayResponses(keys, true)
                .body("alipay_system_oauth_token_response", GatewayAnswer.failure(GatewayError.codeInvalid()));

        String nodeText = SignedNodeText.of(body, "error_response");
        assertThat(nodeText).isEqualTo("{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.code-invalid\","
                + "\"sub_msg\":\"授权码code无效\"}");
        assertThat(body).doesNotContain("alipay_system_oauth_token_response");
        assertThat(verifies(nodeText, SignedNodeText.sign(body))).isTrue();
    }

    private boolean verifies(String content, String sign) {
        return RsaKeys.verify(content, sign, RsaKeys.publicKey(keys.publicKeyBase64()), StandardCharsets.UTF_8);
    }
}
