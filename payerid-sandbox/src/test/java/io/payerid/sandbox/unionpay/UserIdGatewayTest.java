package io.payerid.sandbox.unionpay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.payerid.sandbox.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The acquirer side: {@code POST {base}/gateway}, service pay.unionpay.userid. */
class UserIdGatewayTest extends UnionPaySandboxHttpTest {

    private static final String CLOUD_PAY = "UnionPay/1.0 CloudPay";

    @Autowired
    MovableClock clock;

    /** The answer's own signature, checked by hand with the merchant key. */
    private static void assertSignedBy(Map<String, String> answer, String key) {
        assertThat(answer.get("sign")).isEqualTo(md5Sign(answer, key));
    }

    @Test
    void aFreshCodeYieldsAStableLongOpaqueUserIdSigned() {
        Map<String, String> first = exchange(MCH_ID, KEY, userAuthCode("alice"), CLOUD_PAY);
        Map<String, String> again = exchange(MCH_ID, KEY, userAuthCode("alice"), CLOUD_PAY);

        assertThat(first).containsEntry("status", "0").containsEntry("result_code", "0").containsEntry("mch_id", MCH_ID)
                .containsKeys("nonce_str", "sign").doesNotContainKeys("err_code", "message");
        assertThat(first.get("user_id")).hasSize(44).matches("[A-Za-z0-9+/]{43}=");
        assertThat(again.get("user_id")).isEqualTo(first.get("user_id"));
        assertThat(again.get("nonce_str")).isNotEqualTo(first.get("nonce_str"));
        assertSignedBy(first, KEY);
    }

    @Test
    void theUserIdDependsOnThePayerAndTheAppTheyAuthorizedIn() {
        String alice = exchange(MCH_ID, KEY, userAuthCode("alice"), CLOUD_PAY).get("user_id");
        String bob = exchange(MCH_ID, KEY, userAuthCode("bob"), CLOUD_PAY).get("user_id");
        String aliceInIcbc = exchange(MCH_ID, KEY, userAuthCode("alice"), "UnionPay/1.0 ICBCeLife").get("user_id");
        String aliceByDefault = exchange(MCH_ID, KEY, userAuthCode("alice"), null).get("user_id");

        assertThat(alice).isNotEqualTo(bob).isNotEqualTo(aliceInIcbc).isEqualTo(aliceByDefault);
        assertThat(aliceInIcbc).isEqualTo(new UnionPayUserIdDerivation(SandboxUnionPayProperties.DEV_SECRET)
                .userId("UnionPay/1.0 ICBCeLife", "alice"));
    }

    @Test
    void aCodeIsSingleUseForEveryMerchant() {
        String code = userAuthCode("bob");
        assertThat(exchange("SBX0000002", "sandbox-key-2", code, CLOUD_PAY)).containsEntry("result_code", "0");

        Map<String, String> reuse = exchange(MCH_ID, KEY, code, CLOUD_PAY);
        assertThat(reuse).containsEntry("status", "0").containsEntry("result_code", "1")
                .containsEntry("err_code", "AUTHCODE_USED").containsEntry("err_msg", "用户授权码已使用").doesNotContainKey("user_id");
        assertSignedBy(reuse, KEY);
    }

    @Test
    void unknownAndExpiredCodesAreBusinessErrors() {
        assertThat(exchange(MCH_ID, KEY, "uskMsSXHS1KBLHZ90+iDzA==", CLOUD_PAY))
                .containsEntry("result_code", "1").containsEntry("err_code", "AUTHCODE_INVALID");

        String code = userAuthCode("alice");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Map<String, String> expired = exchange(MCH_ID, KEY, code, CLOUD_PAY);
        assertThat(expired).containsEntry("result_code", "1").containsEntry("err_code", "AUTHCODE_EXPIRED");
        assertSignedBy(expired, KEY);
    }

    @Test
    void aCodeIsStillGoodJustBeforeItsLifeEnds() {
        String code = userAuthCode("alice");
        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(exchange(MCH_ID, KEY, code, CLOUD_PAY)).containsEntry("result_code", "0");
    }

    @Test
    void aWrongSignatureOrMerchantIsRefusedUnsigned() {
        String code = userAuthCode("alice");
        Map<String, String> badSign = exchange(MCH_ID, "not-the-key", code, CLOUD_PAY);
        assertThat(badSign).containsEntry("status", "400").containsEntry("message", "签名错误").doesNotContainKeys("sign", "result_code");

        assertThat(exchange("NOSUCHMCH", KEY, code, CLOUD_PAY)).containsEntry("status", "400").containsEntry("message", "商户不存在");
        // Neither attempt spent the code.
        assertThat(exchange(MCH_ID, KEY, code, CLOUD_PAY)).containsEntry("result_code", "0");
    }

    @Test
    void malformedRequestsAreRefusedWithAMessage() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("service", "pay.weixin.jspay");
        fields.put("mch_id", MCH_ID);
        fields.put("nonce_str", "n1");
        fields.put("user_auth_code", "x");
        fields.put("sign", md5Sign(fields, KEY));
        assertThat(postXml(toXml(fields))).containsEntry("status", "400").containsEntry("message", "不支持的接口类型: pay.weixin.jspay");

        fields.remove("sign");
        fields.put("service", "pay.unionpay.userid");
        fields.put("sign_type", "HMAC-SHA256");
        fields.put("sign", md5Sign(fields, KEY));
        assertThat(postXml(toXml(fields)).get("message")).contains("仅支持MD5");

        fields.remove("user_auth_code");
        assertThat(postXml(toXml(fields))).containsEntry("message", "参数格式校验错误: 缺少user_auth_code");

        assertThat(exchange(MCH_ID, KEY, "x", "CloudPay")).containsEntry("message", "参数格式校验错误: app_up_identifier");
        assertThat(postXml("status=0")).containsEntry("status", "400").containsEntry("message", "XML格式错误");
    }

    @Test
    void aDoctypeIsRefusedSoNoEntityIsEverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xml [<!ENTITY leak SYSTEM "file:///etc/hostname">]>
                <xml><service>pay.unionpay.userid</service><mch_id>&leak;</mch_id></xml>""";
        assertThat(postXml(xxe)).containsEntry("status", "400").containsEntry("message", "XML格式错误");
    }
}
