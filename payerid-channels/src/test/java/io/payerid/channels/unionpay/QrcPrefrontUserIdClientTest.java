package io.payerid.channels.unionpay;

import io.payerid.channels.http.UpstreamHttpSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.unionpay.AppUpIdentifier;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The client's signing and answer checks. Expected signatures are computed here by hand from the written
 * rule (WeChat Pay v2 §0: sorted non-empty k=v, {@code &key=}, MD5, uppercase), not with the gateway's signer.
 */
class QrcPrefrontUserIdClientTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";
    private static final UnionPayAcquirer ACQUIRER = new UnionPayAcquirer("101520000465", Secret.of(KEY), null, null, "1.0.0");

    private static String md5Upper(String s) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theReferenceVectorHoldsForTheSigningRuleTheClientUses() throws Exception {
        // §0: the string below must hash to 9A0A8659F005D6984697E2CA0A9CF3B7; the client's request follows the same rule.
        assertThat(md5Upper("appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=" + KEY))
                .isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void requestCarriesTheDocumentedFieldsAndAnMd5SignOverThemSorted() throws Exception {
        Map<String, String> request = QrcPrefrontUserIdClient.signedRequest(ACQUIRER, "uskMsSXHS1KBLHZ90+iDzA==",
                AppUpIdentifier.CLOUD_PAY, "ibuaiVcKdpRxkhJA");

        assertThat(request).containsExactly(
                Map.entry("service", "pay.unionpay.userid"), Map.entry("version", "2.0"), Map.entry("charset", "UTF-8"),
                Map.entry("sign_type", "MD5"), Map.entry("mch_id", "101520000465"), Map.entry("nonce_str", "ibuaiVcKdpRxkhJA"),
                Map.entry("user_auth_code", "uskMsSXHS1KBLHZ90+iDzA=="), Map.entry("app_up_identifier", "UnionPay/1.0 CloudPay"),
                Map.entry("sign", md5Upper("app_up_identifier=UnionPay/1.0 CloudPay&charset=UTF-8&mch_id=101520000465"
                        + "&nonce_str=ibuaiVcKdpRxkhJA&service=pay.unionpay.userid&sign_type=MD5"
                        + "&user_auth_code=uskMsSXHS1KBLHZ90+iDzA==&version=2.0&key=" + KEY)));
    }

    @Test
    void optionalAgentAndGroupNumbersAreSentAndSigned() throws Exception {
        UnionPayAcquirer agent = new UnionPayAcquirer("m1", Secret.of("k"), "agent7", "g9", "1.0.0");
        Map<String, String> request = QrcPrefrontUserIdClient.signedRequest(agent, "c", AppUpIdentifier.of("ICBCeLife"), "n");

        assertThat(request).containsEntry("sign_agentno", "agent7").containsEntry("groupno", "g9")
                .containsEntry("app_up_identifier", "UnionPay/1.0 ICBCeLife");
        assertThat(request.get("sign")).isEqualTo(md5Upper("app_up_identifier=UnionPay/1.0 ICBCeLife&charset=UTF-8"
                + "&groupno=g9&mch_id=m1&nonce_str=n&service=pay.unionpay.userid&sign_agentno=agent7&sign_type=MD5"
                + "&user_auth_code=c&version=2.0&key=k"));
    }

    /** An answer as the acquirer would sign it (by hand, from the rule). */
    private static Map<String, String> signedAnswer(Map<String, String> fields) throws Exception {
        StringBuilder s = new StringBuilder();
        new java.util.TreeMap<>(fields).forEach((k, v) -> {
            if (!v.isEmpty()) {
                s.append(s.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        Map<String, String> answer = new LinkedHashMap<>(fields);
        answer.put("sign", md5Upper(s + "&key=" + KEY));
        return answer;
    }

    private static Map<String, String> success() throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("version", "2.0");
        f.put("charset", "UTF-8");
        f.put("sign_type", "MD5");
        f.put("status", "0");
        f.put("result_code", "0");
        f.put("mch_id", "101520000465");
        f.put("nonce_str", "Zx81");
        f.put("user_id", "upUid2xLk8Qz+Pa/9d");
        f.put("some_future_field", "tolerated");
        return signedAnswer(f);
    }

    @Test
    void aVerifiedSuccessYieldsTheUserIdWhateverTheHexCase() throws Exception {
        Map<String, String> answer = success();
        assertThat(QrcPrefrontUserIdClient.userIdFrom(answer, ACQUIRER)).isEqualTo("upUid2xLk8Qz+Pa/9d");

        answer.put("sign", answer.get("sign").toLowerCase());
        assertThat(QrcPrefrontUserIdClient.userIdFrom(answer, ACQUIRER)).isEqualTo("upUid2xLk8Qz+Pa/9d");
    }

    @Test
    void aTamperedOrUnsignedAnswerIsNotBelieved() throws Exception {
        Map<String, String> tampered = success();
        tampered.put("user_id", "someone-else");
        Map<String, String> unsigned = success();
        unsigned.remove("sign");
        Map<String, String> otherKey = success();
        otherKey.put("sign", md5Upper("status=0&key=other"));
        for (Map<String, String> answer : java.util.List.of(tampered, unsigned, otherKey)) {
            assertThatThrownBy(() -> QrcPrefrontUserIdClient.userIdFrom(answer, ACQUIRER))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                        assertThat(e.detail()).contains("signature");
                    });
        }
    }

    private static ErrorCode codeOf(Map<String, String> answer) {
        try {
            QrcPrefrontUserIdClient.userIdFrom(answer, ACQUIRER);
            throw new AssertionError("expected a failure for " + answer);
        } catch (PayerIdException e) {
            assertThat(e.detail()).doesNotContain(KEY);
            return e.code();
        }
    }

    private static Map<String, String> businessError(String errCode) throws Exception {
        return signedAnswer(Map.of("status", "0", "result_code", "1", "err_code", errCode, "err_msg", "说明"));
    }

    @Test
    void businessErrorsMapExplicitly() throws Exception {
        for (String invalid : new String[] {"AUTHCODE_INVALID", "AUTHCODE_EXPIRED", "AUTHCODE_USED", "AUTH_CODE_ERROR"}) {
            assertThat(codeOf(businessError(invalid))).as(invalid).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
        }
        assertThat(codeOf(businessError("SYSTEMERROR"))).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(codeOf(businessError("NOAUTH"))).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(codeOf(signedAnswer(Map.of("status", "0", "result_code", "0")))).isEqualTo(ErrorCode.UPSTREAM_ERROR);
    }

    @Test
    void communicationErrorsAboutCredentialsMeanTheChannelIsNotConfigured() {
        assertThat(codeOf(Map.of("status", "400", "message", "签名错误"))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(codeOf(Map.of("status", "400", "message", "商户不存在"))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(codeOf(Map.of("status", "400", "message", "参数格式校验错误: user_auth_code"))).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(codeOf(Map.of("message", "nothing at all"))).isEqualTo(ErrorCode.UPSTREAM_ERROR);
    }

    @Test
    void anUnreachableGatewayIsUpstreamUnavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        QrcPrefrontUserIdClient client = new QrcPrefrontUserIdClient(URI.create("http://127.0.0.1:" + closedPort + "/pay/gateway"),
                new UpstreamHttpSettings(10, 10, Duration.ofSeconds(2), Duration.ofSeconds(2)));

        assertThatThrownBy(() -> client.userId(ACQUIRER, "uskMsSXHS1KBLHZ90+iDzA==", AppUpIdentifier.CLOUD_PAY))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
    }
}
