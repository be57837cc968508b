package io.payerid.sandbox.wechatpay;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.github.binarywang.wxpay.bean.WxPayApiData;
import com.github.binarywang.wxpay.bean.request.WxPayAuthcode2OpenidRequest;
import com.github.binarywang.wxpay.bean.result.BaseWxPayResult;
import com.github.binarywang.wxpay.bean.result.WxPayAuthcode2OpenidResult;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;
import com.github.binarywang.wxpay.service.impl.WxPayServiceImpl;
import com.github.binarywang.wxpay.config.WxPayConfig;
import io.payerid.sandbox.support.MovableClock;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_APPID;
import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_KEY;
import static io.payerid.sandbox.wechatpay.PayFixtures.DIRECT_MCH;
import static io.payerid.sandbox.wechatpay.PayFixtures.OTHER_APPID;
import static io.payerid.sandbox.wechatpay.PayFixtures.OTHER_KEY;
import static io.payerid.sandbox.wechatpay.PayFixtures.OTHER_MCH;
import static io.payerid.sandbox.wechatpay.PayFixtures.PROVIDER_APPID;
import static io.payerid.sandbox.wechatpay.PayFixtures.PROVIDER_KEY;
import static io.payerid.sandbox.wechatpay.PayFixtures.PROVIDER_MCH;
import static io.payerid.sandbox.wechatpay.PayFixtures.SUB_NONE;
import static io.payerid.sandbox.wechatpay.PayFixtures.SUB_ONE;
import static io.payerid.sandbox.wechatpay.PayFixtures.SUB_ONE_BOUND;
import static io.payerid.sandbox.wechatpay.PayFixtures.SUB_SEVERAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The WeChat Pay sandbox driven by WxJava's own {@link WxPayService#authcode2Openid}, configured as the
 * gateway configures it: only the pay host differs from production. WxJava signs every request and
 * verifies every signed answer with the sign type it sent, so a sandbox signing wrongly fails these tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("wechatpay")
class WxPayFidelityTest {

    private static final String HMAC = "HMAC-SHA256";

    @Value("${local.server.port}")
    int port;
    @Autowired
    MovableClock clock;

    PaySandboxClient client;

    @BeforeEach
    void connect() {
        client = new PaySandboxClient(port);
    }

    private WxPayService wxPay(String appid, String mchId, String key, String signType, String subMchId) {
        WxPayConfig config = new WxPayConfig();
        config.setAppId(appid);
        config.setMchId(mchId);
        config.setMchKey(key);
        config.setSignType(signType);
        config.setSubMchId(subMchId);
        config.setApiHostUrl(client.root() + PayFixtures.BASE);
        config.setIfSaveApiData(true);
        WxPayServiceImpl service = new WxPayServiceImpl();
        service.setConfig(config);
        return service;
    }

    private WxPayService direct(String signType) {
        return wxPay(DIRECT_APPID, DIRECT_MCH, DIRECT_KEY, signType, null);
    }

    private WxPayService partner(String subMchId) {
        return wxPay(PROVIDER_APPID, PROVIDER_MCH, PROVIDER_KEY, null, subMchId);
    }

    @Test
    void md5DirectLookupGivesTheSameOpenidAsTheWechatOauthSandbox() throws Exception {
        String openid = direct(null).authcode2Openid(client.issueCode("alice", ""));

        assertThat(openid).matches("o[A-Za-z0-9_-]{27}").isEqualTo(oauthOpenid(DIRECT_APPID, "sandbox-secret-0000001", "alice"));
        assertThat(direct(null).authcode2Openid(client.issueCode("bob", ""))).isNotEqualTo(openid);
    }

    @Test
    void hmacSha256RequestIsVerifiedAndTheAnswerSignedTheSameWay() throws WxPayException {
        WxPayService service = direct(HMAC);
        String code = client.issueCode("alice", "");

        String openid = service.authcode2Openid(new WxPayAuthcode2OpenidRequest(code));
        WxPayApiData exchange = service.getWxApiData();

        assertThat(exchange.getRequestData()).contains("<sign_type>HMAC-SHA256</sign_type>");
        Map<String, String> answer = answer(exchange);
        assertThat(answer.get("sign")).hasSize(64);
        assertThat(answer).containsEntry("openid", openid).containsEntry("return_code", "SUCCESS")
                .containsEntry("result_code", "SUCCESS").containsEntry("mch_id", DIRECT_MCH).doesNotContainKey("sub_openid");
        // The same code again, same merchant: still this payer (it is bound to this merchant now).
        assertThat(direct(null).authcode2Openid(code)).isEqualTo(openid);
    }

    @Test
    void partnerWithOneBoundAppidAnswersTheSubOpenidUnasked() throws Exception {
        WxPayService service = partner(SUB_ONE);

        String openid = service.authcode2Openid(new WxPayAuthcode2OpenidRequest(client.issueCode("alice", "")));
        Map<String, String> answer = answer(service.getWxApiData());

        assertThat(openid).isEqualTo(oauthOpenidOf(PROVIDER_APPID, "alice"));
        assertThat(answer).containsEntry("sub_mch_id", SUB_ONE).containsEntry("sub_appid", SUB_ONE_BOUND)
                .containsEntry("sub_openid", oauthOpenid(SUB_ONE_BOUND, "sandbox-secret-0000002", "alice"));
    }

    @Test
    void partnerWithSeveralBoundAppidsNeedsSubAppid() throws WxPayException {
        WxPayService service = partner(SUB_SEVERAL);

        WxPayException missing = catchThrowableOfType(WxPayException.class,
                () -> service.authcode2Openid(client.issueCode("bob", "")));
        assertThat(missing.getReturnCode()).isEqualTo("FAIL");
        assertThat(missing.getReturnMsg()).isEqualTo("参数格式校验错误");

        WxPayAuthcode2OpenidRequest request = new WxPayAuthcode2OpenidRequest(client.issueCode("bob", ""));
        request.setSubAppId("wxsub0000000002");
        service.authcode2Openid(request);
        assertThat(answer(service.getWxApiData())).containsEntry("sub_appid", "wxsub0000000002")
                .containsEntry("sub_openid", oauthOpenidOf("wxsub0000000002", "bob"));

        WxPayAuthcode2OpenidRequest unbound = new WxPayAuthcode2OpenidRequest(client.issueCode("bob", ""));
        unbound.setSubAppId(SUB_ONE_BOUND);
        WxPayException refused = catchThrowableOfType(WxPayException.class, () -> service.authcode2Openid(unbound));
        assertThat(refused.getReturnMsg()).isEqualTo("sub_appid与sub_mch_id不匹配");
    }

    @Test
    void partnerWithNoBoundAppidAnswersTheOpenidOnly() throws WxPayException {
        WxPayService service = partner(SUB_NONE);

        String openid = service.authcode2Openid(client.issueCode("alice", ""));

        assertThat(openid).isEqualTo(oauthOpenidOf(PROVIDER_APPID, "alice"));
        assertThat(answer(service.getWxApiData())).doesNotContainKeys("sub_openid", "sub_appid").containsEntry("sub_mch_id", SUB_NONE);
    }

    @Test
    void partnerRequestsMustNameAKnownSubMerchant() {
        WxPayException none = catchThrowableOfType(WxPayException.class,
                () -> partner(null).authcode2Openid(client.issueCode("alice", "")));
        WxPayException foreign = catchThrowableOfType(WxPayException.class,
                () -> partner("1999999999").authcode2Openid(client.issueCode("alice", "")));

        assertThat(none.getReturnMsg()).isEqualTo("参数格式校验错误");
        assertThat(foreign.getReturnMsg()).isEqualTo("sub_mch_id与mch_id不匹配");
    }

    @Test
    void expiredCodeIsAuthcodeexpireAfterTheConfiguredLife() {
        String code = client.issueCode("alice", "");
        clock.advance(Duration.ofSeconds(30));

        assertErrCode(direct(HMAC), code, "AUTHCODEEXPIRE");
    }

    @Test
    void aCodeBelongsToTheFirstMerchantThatLooksItUp() throws WxPayException {
        String code = client.issueCode("bob", "");
        String openid = direct(null).authcode2Openid(code);

        assertErrCode(wxPay(OTHER_APPID, OTHER_MCH, OTHER_KEY, null, null), code, "AUTH_CODE_INVALID");
        assertThat(direct(HMAC).authcode2Openid(code)).isEqualTo(openid);
    }

    @Test
    void malformedUnknownAndBusyCodes() {
        assertErrCode(direct(null), "13429142709618872", "AUTH_CODE_ERROR");
        assertErrCode(direct(null), "abcdefghijklmnopqr", "AUTH_CODE_ERROR");
        // 15 is a valid (Hong Kong) prefix, but the sandbox wallet issues 10-14 only: never issued.
        assertErrCode(direct(null), "159999999999999999", "AUTH_CODE_INVALID");
        assertErrCode(direct(null), "250000000000000000", "AUTH_CODE_INVALID");
        assertErrCode(direct(HMAC), client.issueCode("alice", ",\"simulate\":\"SYSTEMERROR\""), "SYSTEMERROR");
    }

    @Test
    void wrongApiKeyUnknownMerchantAndForeignAppidAreRefused() {
        WxPayException badKey = catchThrowableOfType(WxPayException.class, () ->
                wxPay(DIRECT_APPID, DIRECT_MCH, "not-the-key", HMAC, null).authcode2Openid(client.issueCode("alice", "")));
        WxPayException unknown = catchThrowableOfType(WxPayException.class, () ->
                wxPay(DIRECT_APPID, "1234567890", DIRECT_KEY, null, null).authcode2Openid(client.issueCode("alice", "")));
        WxPayException foreignAppid = catchThrowableOfType(WxPayException.class, () ->
                wxPay(OTHER_APPID, DIRECT_MCH, DIRECT_KEY, null, null).authcode2Openid(client.issueCode("alice", "")));

        assertThat(badKey.getReturnCode()).isEqualTo("FAIL");
        assertThat(badKey.getReturnMsg()).isEqualTo("签名错误");
        assertThat(unknown.getReturnMsg()).isEqualTo("mch_id不存在");
        assertThat(foreignAppid.getReturnMsg()).isEqualTo("appid和mch_id不匹配");
    }

    /** WxJava reports a business failure only after verifying the answer's signature. */
    private static void assertErrCode(WxPayService service, String code, String errCode) {
        WxPayException e = catchThrowableOfType(WxPayException.class, () -> service.authcode2Openid(code));
        assertThat(e).as(errCode).isNotNull();
        assertThat(e.getReturnCode()).isEqualTo("SUCCESS");
        assertThat(e.getResultCode()).isEqualTo("FAIL");
        assertThat(e.getErrCode()).isEqualTo(errCode);
        assertThat(e.getErrCodeDes()).isNotBlank();
    }

    private static Map<String, String> answer(WxPayApiData exchange) {
        return BaseWxPayResult.fromXML(exchange.getResponseData(), WxPayAuthcode2OpenidResult.class).toMap();
    }

    /** The openid the WeChat OAuth sandbox gives the user for an app it knows, through WxJava's mp client. */
    private String oauthOpenid(String appid, String secret, String user) throws WxErrorException {
        WxMpHostConfig hosts = new WxMpHostConfig();
        hosts.setOpenHost(client.root() + "/sandbox/wechat/open");
        hosts.setApiHost(client.root() + "/sandbox/wechat/api");
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(appid);
        config.setSecret(secret);
        config.setHostConfig(hosts);
        WxMpService mp = new WxMpServiceImpl();
        mp.setWxMpConfigStorage(config);
        String url = mp.getOAuth2Service().buildAuthorizationUrl("https://merchant.example/cb", "snsapi_base", "s");
        HttpResponse<String> authorized = client.get(url.replace("#wechat_redirect", ""), "payerid_sandbox_wechat_user=" + user);
        assertThat(authorized.statusCode()).as(authorized.body()).isEqualTo(302);
        String location = authorized.headers().firstValue("Location").orElseThrow();
        String code = location.replaceAll(".*[?&]code=([^&]+).*", "$1");
        return mp.getOAuth2Service().getAccessToken(code).getOpenId();
    }

    /** For appids the OAuth sandbox does not know: the derivation it uses, with its development secret. */
    private static String oauthOpenidOf(String appid, String user) {
        return new io.payerid.sandbox.wechat.OpenIdDerivation("payerid-sandbox-wechat-dev-secret")
                .openId(appid, new io.payerid.sandbox.wechat.SandboxUser(user, null, 0, null, null, null, null, false));
    }
}
