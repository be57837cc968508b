package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.channels.xml.FlatXml;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.KeyedDigestSigner;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatPayMerchant;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lean WeChat Pay v2 client: WeChat's published signing vectors, the request it sends, and every
 * kind of bad answer (a real HTTP server on a random port plays WeChat Pay).
 */
class WechatPayV2ClientTest {

    /** The key and fields of WeChat Pay's signing example (签名算法, pay.weixin.qq.com wiki). */
    private static final String DOC_KEY = "192006250b4c09247ec02edce69f6a2d";
    private static final Map<String, String> DOC_FIELDS = Map.of("appid", "wxd930ea5d5a258f4f", "mch_id", "10000100",
            "device_info", "1000", "body", "test", "nonce_str", "ibuaiVcKdpRxkhJA");
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private HttpServer server;
    private final AtomicReference<byte[]> answer = new AtomicReference<>();
    private final AtomicReference<Integer> status = new AtomicReference<>(200);
    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);
    private final AtomicReference<Map<String, String>> received = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/tools/authcodetoopenid", exchange -> {
            try (exchange) {
                received.set(FlatXml.read(exchange.getRequestBody().readAllBytes()));
                Thread.sleep(delay.get());
                byte[] body = answer.get();
                exchange.sendResponseHeaders(status.get(), body.length);
                exchange.getResponseBody().write(body);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private WechatPayV2Client client(Duration readTimeout) {
        return new WechatPayV2Client("http://127.0.0.1:" + server.getAddress().getPort() + "/",
                new UpstreamHttpSettings(10, 10, Duration.ofSeconds(10), readTimeout));
    }

    private static WechatPayMerchant merchant(SignType signType) {
        return new WechatPayMerchant("wx1234567890abcdef", "1900000109", null, null, signType, Secret.of(KEY), ChannelMode.DIRECT);
    }

    private static byte[] signedAnswer(SignType signType, Map<String, String> fields) {
        Map<String, String> signed = new LinkedHashMap<>(fields);
        signed.put("sign", KeyedDigestSigner.wechatPayV2(signType).sign(signed, KEY));
        return FlatXml.write(signed).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, String> success(String openId) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("return_msg", "OK");
        fields.put("appid", "wx1234567890abcdef");
        fields.put("mch_id", "1900000109");
        fields.put("nonce_str", "abc");
        fields.put("result_code", "SUCCESS");
        fields.put("openid", openId);
        return fields;
    }

    @Test
    void signWhenWechatDocExampleThenWechatDocSignatures() {
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.MD5).sign(DOC_FIELDS, DOC_KEY))
                .isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.HMAC_SHA256).sign(DOC_FIELDS, DOC_KEY))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void signedRequestWhenMd5ThenNoSignTypeAndValidSign() {
        Map<String, String> request = WechatPayV2Client.signedRequest(merchant(SignType.MD5), "134567890123456789", null, "n1");
        assertThat(request).doesNotContainKeys("sign_type", "sub_appid", "sub_mch_id")
                .containsEntry("auth_code", "134567890123456789").containsEntry("nonce_str", "n1");
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.MD5).verify(request, KEY, request.get("sign"))).isTrue();
    }

    @Test
    void signedRequestWhenHmacThenSignTypeSentAndHmacSign() {
        Map<String, String> request = WechatPayV2Client.signedRequest(merchant(SignType.HMAC_SHA256), "134567890123456789", "wxsub", "n1");
        assertThat(request).containsEntry("sign_type", "HMAC-SHA256").containsEntry("sub_appid", "wxsub");
        assertThat(request.get("sign")).hasSize(64);
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.HMAC_SHA256).verify(request, KEY, request.get("sign"))).isTrue();
    }

    @Test
    void authcodeToOpenidWhenSignedSuccessThenOpenidAndRequestSigned() {
        answer.set(signedAnswer(SignType.HMAC_SHA256, success("oUpF8uMuAJO_M2pxb1Q9zNjWeS6o")));
        Map<String, String> result = client(Duration.ofSeconds(15))
                .authcodeToOpenid(merchant(SignType.HMAC_SHA256), "134567890123456789", null);
        assertThat(result).containsEntry("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o");
        Map<String, String> request = received.get();
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.HMAC_SHA256).verify(request, KEY, request.get("sign"))).isTrue();
    }

    @Test
    void authcodeToOpenidWhenAnswerSignatureWrongThenUpstreamError() {
        Map<String, String> forged = new LinkedHashMap<>(success("o1"));
        forged.put("sign", "0".repeat(32));
        answer.set(FlatXml.write(forged).getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "signature");
    }

    @Test
    void authcodeToOpenidWhenAnswerUnsignedThenUpstreamError() {
        answer.set(FlatXml.write(success("o1")).getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "signature");
    }

    @Test
    void authcodeToOpenidWhenResultFailThenMappedByErrCode() {
        Map<String, String> fail = new LinkedHashMap<>(success("o1"));
        fail.remove("openid");
        fail.put("result_code", "FAIL");
        fail.put("err_code", "AUTHCODEEXPIRE");
        answer.set(signedAnswer(SignType.MD5, fail));
        assertCode(ErrorCode.PAYMENT_CODE_EXPIRED, "AUTHCODEEXPIRE");
    }

    @Test
    void authcodeToOpenidWhenReturnFailThenMappedByReturnMsg() {
        answer.set(FlatXml.write(Map.of("return_code", "FAIL", "return_msg", "签名错误")).getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.CHANNEL_NOT_CONFIGURED, "签名错误");
    }

    @Test
    void authcodeToOpenidWhenSuccessWithoutOpenidThenUpstreamError() {
        Map<String, String> empty = new LinkedHashMap<>(success(""));
        answer.set(signedAnswer(SignType.MD5, empty));
        assertCode(ErrorCode.UPSTREAM_ERROR, "openid");
    }

    @Test
    void authcodeToOpenidWhenGarbageThenUpstreamError() {
        answer.set("<html><body>502 Bad Gateway".getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "not its XML");
        answer.set(new byte[0]);
        assertCode(ErrorCode.UPSTREAM_ERROR, "not its XML");
        answer.set("{\"return_code\":\"SUCCESS\"}".getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "not its XML");
    }

    @Test
    void authcodeToOpenidWhenXxeThenRefusedWithoutReadingTheEntity() {
        answer.set(("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><return_code>&x;</return_code></xml>").getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "not its XML");
    }

    @Test
    void authcodeToOpenidWhenBillionLaughsThenRefused() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            bomb.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        answer.set(bomb.append("]><xml><return_code>&l9;</return_code></xml>").toString().getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "not its XML");
    }

    @Test
    void authcodeToOpenidWhenTooLargeThenUpstreamError() {
        answer.set(("<xml><return_msg>" + "x".repeat(WechatPayV2Client.MAX_ANSWER_BYTES) + "</return_msg></xml>")
                .getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_ERROR, "too large");
    }

    @Test
    void authcodeToOpenidWhenHttp500ThenUpstreamUnavailable() {
        status.set(500);
        answer.set("oops".getBytes(StandardCharsets.UTF_8));
        assertCode(ErrorCode.UPSTREAM_UNAVAILABLE, "HTTP 500");
    }

    @Test
    void authcodeToOpenidWhenAnswerHangsThenUpstreamUnavailableAfterReadTimeout() {
        delay.set(Duration.ofSeconds(3));
        answer.set(signedAnswer(SignType.MD5, success("o1")));
        assertThatThrownBy(() -> client(Duration.ofMillis(300)).authcodeToOpenid(merchant(SignType.MD5), "134567890123456789", null))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
    }

    @Test
    void authcodeToOpenidWhenNothingListensThenUpstreamUnavailable() {
        WechatPayV2Client client = client(Duration.ofSeconds(1));
        server.stop(0);
        assertThatThrownBy(() -> client.authcodeToOpenid(merchant(SignType.MD5), "134567890123456789", null))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
    }

    private void assertCode(ErrorCode code, String detailPart) {
        assertThatThrownBy(() -> client(Duration.ofSeconds(15)).authcodeToOpenid(merchant(SignType.MD5), "134567890123456789", null))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.detail()).contains(detailPart).doesNotContain(KEY);
                });
    }
}
