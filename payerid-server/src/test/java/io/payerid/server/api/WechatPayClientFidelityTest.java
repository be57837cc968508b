package io.payerid.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.binarywang.wxpay.bean.request.WxPayAuthcode2OpenidRequest;
import com.github.binarywang.wxpay.config.WxPayConfig;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.impl.WxPayServiceImpl;
import io.payerid.channels.wechat.WechatPayV2Client;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchants;
import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway calls authcodetoopenid through its own lean client; WxJava, the reference client, must
 * get the same answers from the same sandbox, so the sandbox stays faithful to what WxJava expects
 * and our client stays faithful to both. MD5 and HMAC-SHA256 merchants, success and refusals.
 */
class WechatPayClientFidelityTest extends GatewayTest {

    private static final String CODES = BASE + "/sandbox/wechatpay/codes";
    private static final String PAY_BASE = BASE + "/sandbox/wechatpay";
    private static final String APPID = "wxfidelity000001";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    SandboxPayMerchants sandboxMerchants;
    @Autowired
    WechatPayV2Client client;

    @BeforeEach
    void sandboxMerchants() {
        sandboxMerchants.register(new SandboxPayMerchant("1900000301", "fidelity-md5-key-1900000301", APPID, List.of()));
        sandboxMerchants.register(new SandboxPayMerchant("1900000302", "fidelity-hmac-key-1900000302", APPID, List.of()));
    }

    @Test
    void authcodeToOpenidWhenMd5MerchantThenSameOpenidAsWxJava() throws WxPayException {
        assertSameOpenid("1900000301", "fidelity-md5-key-1900000301", SignType.MD5);
    }

    @Test
    void authcodeToOpenidWhenHmacMerchantThenSameOpenidAsWxJava() throws WxPayException {
        assertSameOpenid("1900000302", "fidelity-hmac-key-1900000302", SignType.HMAC_SHA256);
    }

    @Test
    void authcodeToOpenidWhenWrongKeyThenBothRefusedBySandbox() {
        WechatPayMerchant wrongKey = merchant("1900000301", "not-the-key", SignType.MD5);
        assertThatThrownBy(() -> client.authcodeToOpenid(wrongKey, code("alice"), null))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
        assertThatThrownBy(() -> wxJava("1900000301", "not-the-key", SignType.MD5).authcode2Openid(code("alice")))
                .isInstanceOfSatisfying(WxPayException.class, e -> assertThat(e.getReturnMsg()).contains("签名"));
    }

    @Test
    void authcodeToOpenidWhenCodeNeverIssuedThenBothSeeTheSameRefusal() {
        String neverIssued = "139999999999999999";
        WxPayException wxJavaRefusal = org.junit.jupiter.api.Assertions.assertThrows(WxPayException.class,
                () -> wxJava("1900000301", "fidelity-md5-key-1900000301", SignType.MD5).authcode2Openid(neverIssued));
        assertThat(wxJavaRefusal.getErrCode()).isNotBlank();
        assertThatThrownBy(() -> client.authcodeToOpenid(merchant("1900000301", "fidelity-md5-key-1900000301", SignType.MD5), neverIssued, null))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.detail()).contains(wxJavaRefusal.getErrCode()));
    }

    private void assertSameOpenid(String mchId, String key, SignType signType) throws WxPayException {
        String ours = client.authcodeToOpenid(merchant(mchId, key, signType), code("alice"), null).get("openid");
        String wxJavas = wxJava(mchId, key, signType).authcode2Openid(code("alice"));
        assertThat(ours).startsWith("o").hasSize(28).isEqualTo(wxJavas);
        assertThat(client.authcodeToOpenid(merchant(mchId, key, signType), code("bob"), null).get("openid")).isNotEqualTo(ours);
    }

    private static WechatPayMerchant merchant(String mchId, String key, SignType signType) {
        return new WechatPayMerchant(APPID, mchId, null, null, signType, Secret.of(key), ChannelMode.DIRECT);
    }

    private static WxPayServiceImpl wxJava(String mchId, String key, SignType signType) {
        WxPayConfig config = new WxPayConfig();
        config.setAppId(APPID);
        config.setMchId(mchId);
        config.setMchKey(key);
        config.setSignType(signType == SignType.HMAC_SHA256 ? signType.wireName() : null);
        config.setApiHostUrl(PAY_BASE);
        WxPayServiceImpl service = new WxPayServiceImpl();
        service.setConfig(config);
        return service;
    }

    private static String code(String user) {
        try {
            HttpResponse<String> issued = HTTP.send(HttpRequest.newBuilder(URI.create(CODES))
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(20))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
            return (String) JSON.readValue(issued.body(), Map.class).get("authCode");
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
