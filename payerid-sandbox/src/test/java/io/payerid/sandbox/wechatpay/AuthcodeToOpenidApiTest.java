package io.payerid.sandbox.wechatpay;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static io.payerid.sandbox.wechatpay.PayFixtures.BASE;
import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_APPID;
import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_KEY;
import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_MCH;
import static org.assertj.core.api.Assertions.assertThat;

/** The wire format of {@code /tools/authcodetoopenid}, byte by byte rather than through an SDK. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("wechatpay")
class AuthcodeToOpenidApiTest {

    private static final String PATH = BASE + "/tools/authcodetoopenid";

    @Value("${local.server.port}")
    int port;

    PaySandboxClient client;

    @BeforeEach
    void connect() {
        client = new PaySandboxClient(port);
    }

    private Map<String, String> request(String authCode, PaySignType signType) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("appid", DIRECT_APPID);
        fields.put("mch_id", DIRECT_MCH);
        fields.put("auth_code", authCode);
        fields.put("nonce_str", "5K8264ILTKCH16CQ2502SI8ZNMTM67VS");
        if (signType == PaySignType.HMAC_SHA256) {
            fields.put("sign_type", signType.wireName());
        }
        fields.put("sign", PayV2Signature.sign(fields, DIRECT_KEY, signType));
        return fields;
    }

    private Map<String, String> post(Map<String, String> fields) throws PayXml.MalformedXml {
        HttpResponse<String> response = client.postXml(PATH, PayXml.render(fields));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/xml"));
        return PayXml.parse(response.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void successIsCdataXmlSignedWithTheRequestsSignType() throws PayXml.MalformedXml {
        HttpResponse<String> raw = client.postXml(PATH, PayXml.render(request(client.issueCode("alice", ""), PaySignType.HMAC_SHA256)));
        Map<String, String> answer = PayXml.parse(raw.body().getBytes(StandardCharsets.UTF_8));

        assertThat(raw.body()).startsWith("<xml>").contains("<return_code><![CDATA[SUCCESS]]></return_code>")
                .contains("<openid><![CDATA[o");
        assertThat(answer).containsEntry("return_msg", "OK").containsEntry("appid", DIRECT_APPID)
                .containsEntry("result_code", "SUCCESS").containsKeys("nonce_str", "openid", "sign");
        assertThat(answer.get("nonce_str")).hasSizeLessThanOrEqualTo(32);
        assertThat(PayV2Signature.verify(answer, DIRECT_KEY, PaySignType.HMAC_SHA256, answer.get("sign"))).isTrue();
        assertThat(PayV2Signature.verify(answer, DIRECT_KEY, PaySignType.MD5, answer.get("sign"))).isFalse();
    }

    @Test
    void businessFailuresAreSignedToo() throws PayXml.MalformedXml {
        Map<String, String> answer = post(request("13429142709618872", PaySignType.MD5));

        assertThat(answer).containsEntry("return_code", "SUCCESS").containsEntry("result_code", "FAIL")
                .containsEntry("err_code", "AUTH_CODE_ERROR").containsEntry("err_code_des", "授权码参数错误")
                .doesNotContainKey("openid");
        assertThat(PayV2Signature.verify(answer, DIRECT_KEY, PaySignType.MD5, answer.get("sign"))).isTrue();
    }

    @Test
    void missingFieldsAndUnknownSignTypesAreFormatErrors() throws PayXml.MalformedXml {
        for (String field : new String[] {"appid", "mch_id", "nonce_str", "sign", "auth_code"}) {
            Map<String, String> fields = request(client.issueCode("alice", ""), PaySignType.MD5);
            fields.remove(field);
            assertThat(post(fields)).as(field)
                    .containsExactly(Map.entry("return_code", "FAIL"), Map.entry("return_msg", "参数格式校验错误"));
        }
        Map<String, String> longNonce = request(client.issueCode("alice", ""), PaySignType.MD5);
        longNonce.put("nonce_str", "N".repeat(33));
        assertThat(post(longNonce)).containsEntry("return_msg", "参数格式校验错误");
        Map<String, String> rsa = request(client.issueCode("alice", ""), PaySignType.MD5);
        rsa.put("sign_type", "RSA");
        assertThat(post(rsa)).containsEntry("return_msg", "参数格式校验错误");
    }

    @Test
    void aTamperedRequestFailsItsSignature() throws PayXml.MalformedXml {
        Map<String, String> fields = request(client.issueCode("alice", ""), PaySignType.MD5);
        fields.put("auth_code", client.issueCode("bob", ""));

        assertThat(post(fields)).containsExactly(Map.entry("return_code", "FAIL"), Map.entry("return_msg", "签名错误"));
    }

    @Test
    void anHmacSignatureDoesNotPassForMd5() throws PayXml.MalformedXml {
        Map<String, String> fields = request(client.issueCode("alice", ""), PaySignType.MD5);
        fields.remove("sign");
        fields.put("sign", PayV2Signature.sign(fields, DIRECT_KEY, PaySignType.HMAC_SHA256));

        assertThat(post(fields)).containsEntry("return_msg", "签名错误");
    }

    @Test
    void whatIsNotWechatPayXmlIsAnXmlError() throws PayXml.MalformedXml {
        for (String body : new String[] {"", "{\"appid\":\"x\"}", "<xml><appid>", "<xml>" + "<a>1</a>".repeat(3000) + "</xml>"}) {
            HttpResponse<String> response = client.postXml(PATH, body);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(PayXml.parse(response.body().getBytes(StandardCharsets.UTF_8)))
                    .containsEntry("return_code", "FAIL").containsEntry("return_msg", "XML格式错误");
        }
    }
}
