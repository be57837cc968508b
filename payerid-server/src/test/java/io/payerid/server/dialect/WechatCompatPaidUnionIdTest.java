package io.payerid.server.dialect;

import static io.payerid.server.dialect.WxCompatClient.ordered;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.payerid.channels.wechat.WechatHttpClientBuilder;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.dialect.WxCompatClient.Answer;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.SignedJsonClient;
import io.payerid.server.support.StatementCounter;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 003 (WeChat getpaidunionid) served by the gateway: the merchant app fetches our token from
 * {@code /cgi-bin/token} and calls {@code /wxa/getpaidunionid} as it called api.weixin.qq.com; the gateway
 * asks the WeChat sandbox with its central token. Payments are made in the sandbox for the demo mini-program.
 */
class WechatCompatPaidUnionIdTest extends GatewayTest {

    private static final String MCH_ID = "1900000109";
    private static final String GET_PAID_UNIONID = "/wxa/getpaidunionid";
    private static final String UNIONID = "o[A-Za-z0-9_-]{27}";
    private static final String RID = ", rid: [0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}";

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantChanges changes;
    @Autowired
    SandboxWechatApps sandboxApps;

    private final SandboxWechatClient sandbox = new SandboxWechatClient(BASE);
    private final WxCompatClient wx = new WxCompatClient(BASE);
    private DemoCredentials demo;

    @BeforeEach
    void demoMerchant() {
        demo = tenantSeeder.seed();
        miniAppSeeder.seed();
    }

    // --- the seed's own examples ---

    @Test
    void getPaidUnionIdWhenWarmedThenNoSql() {
        String token = wx.token(demo.appId(), demo.appKey());
        changes.publish(TenantChange.everything());
        java.util.function.Supplier<Answer> ask = () -> {
            Map<String, Object> payment = pay("alice");
            return wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid(payment),
                    "transaction_id", transactionId(payment)));
        };
        StatementCounter.Recorded<Answer> cold = StatementCounter.during(ask);
        StatementCounter.Recorded<Answer> warm = StatementCounter.during(ask);

        assertThat(String.valueOf(warm.result().body().get("unionid"))).matches(UNIONID);
        System.out.printf("statements per request, GET /wxa/getpaidunionid (seed 003): cold %d, warm %d%n",
                cold.statements().size(), warm.statements().size());
        assertThat(cold.configurationStatements()).isNotEmpty();
        assertThat(warm.statements()).isEmpty();
    }

    @Test
    void theTokenAnswerIsWeChats() {
        Answer answer = wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "appid", demo.appId(),
                "secret", demo.appKey()));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).matches("\\{\"access_token\":\"[A-Za-z0-9_-]{64,}\",\"expires_in\":7200}");
        assertThat(answer.response().headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void theSeedsTransactionIdCallAnswersExactlyLikeTheSeedsExample() {
        Map<String, Object> payment = pay("alice");
        String token = wx.token(demo.appId(), demo.appKey());

        Answer answer = wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid(payment),
                "transaction_id", transactionId(payment)));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).matches("\\{\"unionid\":\"" + UNIONID + "\",\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(answer.body().get("unionid")).as("the same lookup as the native API")
                .isEqualTo(nativeUnionid(openid(payment), transactionId(payment)));
    }

    @Test
    void theSeedsMerchantOrderCallAnswersExactlyLikeTheSeedsExample() {
        String outTradeNo = "M" + TestMerchants.uniqueSuffix();
        Map<String, Object> payment = sandbox.pay(DemoTenant.MINIAPP_ID, "bob", MCH_ID, outTradeNo, null);
        String token = wx.token(demo.appId(), demo.appKey());

        Answer answer = wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid(payment),
                "mch_id", MCH_ID, "out_trade_no", outTradeNo));

        assertThat(answer.raw()).matches("\\{\"unionid\":\"" + UNIONID + "\",\"errcode\":0,\"errmsg\":\"ok\"}");
        assertThat(answer.body().get("unionid")).isEqualTo(nativeUnionid(openid(payment), transactionId(payment)));
    }

    @Test
    void theSeedsCloudCallExampleAnswersInItsShape() {
        Map<String, Object> payment = pay("alice");
        String token = wx.token(demo.appId(), demo.appKey());
        // The seed's request example lists all four fields; the unused order form stays empty.
        String body = """
                {"openid":"%s","transactionId":"%s","mchId":"","outTradeNo":""}"""
                .formatted(openid(payment), transactionId(payment));

        Answer answer = wx.post(GET_PAID_UNIONID, Map.of("access_token", token), body);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).matches("\\{\"unionid\":\"" + UNIONID
                + "\",\"errCode\":0,\"errMsg\":\"openapi.auth.getPaidUnionId:ok\"}");
        assertThat(answer.body().get("unionid")).isEqualTo(nativeUnionid(openid(payment), transactionId(payment)));
    }

    @Test
    void cloudCallRefusalsUseItsShapeToo() {
        Map<String, Object> payment = pay("alice");
        String token = wx.token(demo.appId(), demo.appKey());

        Answer answer = wx.post(GET_PAID_UNIONID, Map.of("access_token", token),
                "{\"openid\":\"%s\",\"mchId\":\"%s\",\"outTradeNo\":\"NoSuchOrder1\"}".formatted(openid(payment), MCH_ID));
        Answer unreadable = wx.post(GET_PAID_UNIONID, Map.of("access_token", token), "openid=x");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.raw()).startsWith("{\"errCode\":89300,\"errMsg\":");
        assertThat(answer.body()).containsOnlyKeys("errCode", "errMsg");
        assertThat((String) answer.body().get("errMsg")).matches("openapi\\.auth\\.getPaidUnionId:fail 89300 invalid trade" + RID);
        assertThat(unreadable.body()).containsEntry("errCode", 47001);
    }

    // --- WeChat's errcodes of the lookup ---

    @Test
    void systemBusyIsMinusOne() {
        Map<String, Object> payment = pay("alice");
        String token = wx.token(demo.appId(), demo.appKey());
        sandbox.setBusy(DemoTenant.MINIAPP_ID, true);
        Answer answer;
        try {
            answer = wx.paidUnionId(token, openid(payment), transactionId(payment));
        } finally {
            sandbox.setBusy(DemoTenant.MINIAPP_ID, false);
        }

        assertWxError(answer, -1, "system error");
    }

    @Test
    void anOpenidOfNoUserIs40003() {
        Map<String, Object> payment = pay("alice");

        assertWxError(wx.paidUnionId(wx.token(demo.appId(), demo.appKey()), "oNotAUserOfThisMiniApp000000",
                transactionId(payment)), 40003, "invalid openid");
    }

    @Test
    void aMiniProgramWithoutOpenPlatformBindingIs89002() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        String appid = ownMiniApp(own, null);
        Map<String, Object> payment = sandbox.pay(appid, "alice", MCH_ID, "N" + TestMerchants.uniqueSuffix(), null);

        assertWxError(wx.paidUnionId(wx.token(own.app().appId(), own.key()), openid(payment), transactionId(payment)),
                89002, "open not exists");
    }

    @Test
    void anUnknownAnotherPayersOrAnOldOrderIs89300() {
        Map<String, Object> alicePays = pay("alice");
        Map<String, Object> bobPays = pay("bob");
        Map<String, Object> old = sandbox.pay(DemoTenant.MINIAPP_ID, "alice", MCH_ID, "O" + TestMerchants.uniqueSuffix(),
                Instant.now().minusSeconds(301).toString());
        String token = wx.token(demo.appId(), demo.appKey());

        assertWxError(wx.paidUnionId(token, openid(alicePays), "4200000000202501010000000000"), 89300, "invalid trade");
        assertWxError(wx.paidUnionId(token, openid(bobPays), transactionId(alicePays)), 89300, "invalid trade");
        assertWxError(wx.paidUnionId(token, openid(old), transactionId(old)), 89300, "invalid trade");
    }

    @Test
    void aMerchantWithoutMiniProgramIs48001() {
        TestMerchant alone = TestMerchants.alone(admin);

        assertWxError(wx.paidUnionId(wx.token(alone.app().appId(), alone.key()), "o1", "42000"), 48001,
                "api unauthorized hint: [no WECHAT_MINIAPP configuration");
    }

    @Test
    void aMiniProgramWhoseSecretWeChatRefusesIs48001NotWeChats40125() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        String appid = ownMiniApp(own, DemoTenant.OPEN_PLATFORM_ID, "outdated-secret-");
        Map<String, Object> payment = sandbox.pay(appid, "alice", MCH_ID, "S" + TestMerchants.uniqueSuffix(), null);

        assertWxError(wx.paidUnionId(wx.token(own.app().appId(), own.key()), openid(payment), transactionId(payment)),
                48001, "api unauthorized hint: [WeChat errcode 40125: WeChat refused the appid or AppSecret of " + appid);
    }

    // --- our token and the request's own errors ---

    @Test
    void aMissingUnknownOrForeignTokenIs41001Or40001() {
        Map<String, Object> payment = pay("alice");
        String appid = ownMiniApp(TestMerchants.under(admin, demoInstitution().id()), DemoTenant.OPEN_PLATFORM_ID);
        // A real (sandbox) WeChat token, as a merchant would hold from api.weixin.qq.com: not our credential.
        String sandboxWechatToken = sandbox.classicToken(appid, "secret-" + appid);

        assertWxError(wx.get(GET_PAID_UNIONID, ordered("openid", openid(payment), "transaction_id", transactionId(payment))),
                41001, "access_token missing");
        assertWxError(wx.paidUnionId("x".repeat(86), openid(payment), transactionId(payment)), 40001, "invalid credential");
        assertWxError(wx.paidUnionId("not a token&", openid(payment), transactionId(payment)), 40001, "invalid credential");
        assertWxError(wx.paidUnionId(sandboxWechatToken, openid(payment), transactionId(payment)), 40001,
                "invalid credential");
    }

    @Test
    void eachFetchIssuesANewTokenThePreviousOneLivesOnUntilASecondSuccessor() {
        Map<String, Object> payment = pay("alice");
        String first = wx.token(demo.appId(), demo.appKey());
        String second = wx.token(demo.appId(), demo.appKey());

        assertThat(second).isNotEqualTo(first);
        assertThat(wx.paidUnionId(first, openid(payment), transactionId(payment)).errcode()).as("overlap").isZero();

        String third = wx.token(demo.appId(), demo.appKey());
        assertWxError(wx.paidUnionId(first, openid(payment), transactionId(payment)), 40001,
                "invalid credential, access_token is invalid or not latest");
        assertThat(wx.paidUnionId(second, openid(payment), transactionId(payment)).errcode()).isZero();
        assertThat(wx.paidUnionId(third, openid(payment), transactionId(payment)).errcode()).isZero();
    }

    @Test
    void theStableTokenStaysTheSameUntilForcedAndIsApartFromTheClassicOnes() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        Map<String, Object> payment = pay("alice");
        String body = "{\"grant_type\":\"client_credential\",\"appid\":\"%s\",\"secret\":\"%s\",\"force_refresh\":%s}";

        Answer stable = wx.post("/cgi-bin/stable_token", Map.of(), body.formatted(own.app().appId(), own.key(), false));
        Answer again = wx.post("/cgi-bin/stable_token", Map.of(), body.formatted(own.app().appId(), own.key(), false));
        wx.token(own.app().appId(), own.key());
        wx.token(own.app().appId(), own.key());
        Answer forced = wx.post("/cgi-bin/stable_token", Map.of(), body.formatted(own.app().appId(), own.key(), true));

        assertThat(stable.raw()).matches("\\{\"access_token\":\"[A-Za-z0-9_-]{64,}\",\"expires_in\":7200}");
        String token = (String) stable.body().get("access_token");
        assertThat(again.body().get("access_token")).isEqualTo(token);
        assertThat(forced.body().get("access_token")).isNotEqualTo(token);
        assertThat(wx.paidUnionId(token, openid(payment), transactionId(payment)).errcode())
                .as("two classic fetches retire no stable token, one forced refresh leaves it its overlap").isZero();
        Answer secondForce = wx.post("/cgi-bin/stable_token", Map.of(), body.formatted(own.app().appId(), own.key(), true));
        assertThat(secondForce.body()).containsKey("access_token");
        assertWxError(wx.paidUnionId(token, openid(payment), transactionId(payment)), 40001, "invalid credential");
    }

    @Test
    void tokenRequestsAreCheckedInWeChatsOrder() {
        String app = demo.appId();
        String key = demo.appKey();

        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "secret", key)), 41002, "appid missing");
        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "appid", app)), 41004,
                "appsecret missing");
        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "authorization_code", "appid", app, "secret", key)),
                40002, "invalid grant_type");
        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "appid", "app_nobody",
                "secret", key)), 40013, "invalid appid");
        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "appid", app,
                "secret", key + "0")), 40125, "invalid appsecret");
        assertWxError(wx.post("/cgi-bin/stable_token", Map.of(), "{\"grant_type\":\"client_credential\",\"appid\":\"%s\",\"secret\":\"wrong\"}"
                .formatted(app)), 40125, "invalid appsecret");
        assertWxError(wx.post("/cgi-bin/stable_token", Map.of(), "[1]"), 47001, "data format error");
    }

    @Test
    void aMissingOpenidIs41009() {
        Map<String, Object> payment = pay("alice");

        assertWxError(wx.get(GET_PAID_UNIONID, ordered("access_token", wx.token(demo.appId(), demo.appKey()),
                "transaction_id", transactionId(payment))), 41009, "missing openid");
    }

    @Test
    void anythingButExactlyOneOrderFormIs40097ExceptBothWhereTheTransactionIdWins() {
        Map<String, Object> payment = pay("alice");
        String token = wx.token(demo.appId(), demo.appKey());
        String openid = openid(payment);

        assertWxError(wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid)), 40097,
                "invalid args hint: [transactionId, or mchId together with outTradeNo, is required]");
        assertWxError(wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid, "mch_id", MCH_ID)),
                40097, "invalid args");
        assertWxError(wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid, "mch_id", MCH_ID,
                "out_trade_no", "bad&x=1")), 40097, "invalid args hint: [outTradeNo is malformed");
        assertWxError(wx.getRaw(GET_PAID_UNIONID + "?access_token=" + token + "&openid=" + openid + "&openid=" + openid
                + "&transaction_id=" + transactionId(payment)), 40097, "invalid args hint: [parameter openid is repeated]");

        Answer both = wx.get(GET_PAID_UNIONID, ordered("access_token", token, "openid", openid,
                "transaction_id", transactionId(payment), "mch_id", MCH_ID, "out_trade_no", "SomeOtherOrder"));
        assertThat(both.raw()).matches("\\{\"unionid\":\"" + UNIONID + "\",\"errcode\":0,\"errmsg\":\"ok\"}");
    }

    @Test
    void aDisabledMerchantIs50002() {
        TestMerchant own = TestMerchants.under(admin, demoInstitution().id());
        String token = wx.token(own.app().appId(), own.key());
        admin.updateMerchant(own.merchant().id(), null, false);

        assertWxError(wx.paidUnionId(token, "o1", "42000"), 50002, "user limited");
        assertWxError(wx.get("/cgi-bin/token", ordered("grant_type", "client_credential", "appid", own.app().appId(),
                "secret", own.key())), 50002, "user limited");
    }

    @Test
    void otherMethodsAreWeChats43001And43002() {
        assertWxError(wx.method("DELETE", GET_PAID_UNIONID), 43001, "require GET method");
        assertWxError(wx.method("POST", "/cgi-bin/token"), 43001, "require GET method");
        assertWxError(wx.method("GET", "/cgi-bin/stable_token"), 43002, "require POST method");
    }

    // --- existing WeChat client code, host changed ---

    @Test
    void wxJavasWxMaServiceWorksWithOnlyTheHostChanged() throws WxErrorException {
        String outTradeNo = "J" + TestMerchants.uniqueSuffix();
        Map<String, Object> payment = sandbox.pay(DemoTenant.MINIAPP_ID, "alice", MCH_ID, outTradeNo, null);
        WxMaService service = wxMa(demo.appId(), demo.appKey(), false);

        String byTransaction = service.getPaidUnionId(openid(payment), transactionId(payment), null, null);
        String byMerchantOrder = service.getPaidUnionId(openid(payment), null, MCH_ID, outTradeNo);
        int unknownOrder = errcodeOf(() -> service.getPaidUnionId(openid(payment), "4200000000202501010000000000", null, null));

        assertThat(byTransaction).matches(UNIONID).isEqualTo(nativeUnionid(openid(payment), transactionId(payment)));
        assertThat(byMerchantOrder).isEqualTo(byTransaction);
        assertThat(unknownOrder).isEqualTo(89300);
        assertThat(wx.paidUnionId(service.getAccessToken(), openid(payment), transactionId(payment)).errcode())
                .as("WxJava holds a token the gateway issued").isZero();
    }

    @Test
    void wxJavasStableTokenModeWorksToo() throws WxErrorException {
        Map<String, Object> payment = pay("bob");
        WxMaService service = wxMa(demo.appId(), demo.appKey(), true);

        assertThat(service.getPaidUnionId(openid(payment), transactionId(payment), null, null))
                .isEqualTo(nativeUnionid(openid(payment), transactionId(payment)));
    }

    @Test
    void wxJavaFetchesANewTokenWhenAnotherSystemRetiredItsOwn() throws WxErrorException {
        Map<String, Object> payment = pay("alice");
        WxMaService service = wxMa(demo.appId(), demo.appKey(), false);
        String before = service.getAccessToken();

        // Another system of the merchant fetches twice: WxJava's cached token is now two generations old.
        wx.token(demo.appId(), demo.appKey());
        wx.token(demo.appId(), demo.appKey());
        String unionid = service.getPaidUnionId(openid(payment), transactionId(payment), null, null);

        assertThat(unionid).matches(UNIONID);
        assertThat(service.getAccessToken()).as("40001 made WxJava fetch again").isNotEqualTo(before);
    }

    // --- helpers ---

    /** A merchant-owned WECHAT_MINIAPP configuration and its sandbox app; returns the appid. */
    private String ownMiniApp(TestMerchant owner, String openPlatformId) {
        return ownMiniApp(owner, openPlatformId, "secret-");
    }

    /** As above, the gateway configured with {@code secretPrefix + appid} while the sandbox knows {@code secret-<appid>}. */
    private String ownMiniApp(TestMerchant owner, String openPlatformId, String secretPrefix) {
        String appid = "wxmini" + TestMerchants.uniqueSuffix().toLowerCase();
        sandboxApps.register(new SandboxWechatApp(appid, "secret-" + appid, List.of(), openPlatformId));
        admin.putChannel(OwnerType.MERCHANT, owner.merchant().id(), ChannelKind.WECHAT_MINIAPP, ChannelMode.DIRECT,
                Map.of(WechatMiniApp.APP_ID, appid, WechatMiniApp.TOKEN_MODE, "stable"),
                Map.of(WechatMiniApp.APP_SECRET, Secret.of(secretPrefix + appid)));
        return appid;
    }

    private WxMaService wxMa(String appid, String secret, boolean stable) {
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(appid);
        config.setSecret(secret);
        config.setApiHostUrl(BASE);
        // Not WxJava's JVM-wide default pool: it never retries, and every test class restarts the gateway
        // on the same port, so a keep-alive connection pooled by an earlier class fails with NoHttpResponse.
        config.setApacheHttpClientBuilder(WechatHttpClientBuilder.shared());
        config.useStableAccessToken(stable);
        WxMaService service = new WxMaServiceImpl();
        service.setWxMaConfig(config);
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(10);
        return service;
    }

    private String nativeUnionid(String openid, String transactionId) {
        SignedJsonClient.Answer answer = new SignedJsonClient(BASE, demo.appId(), demo.mchNo(), demo.appKey())
                .post("/v1/wechat/paid-unionid", Map.of("openid", openid, "transactionId", transactionId));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        return answer.body().get("unionid");
    }

    private Institution demoInstitution() {
        return directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
    }

    private Map<String, Object> pay(String user) {
        return sandbox.pay(DemoTenant.MINIAPP_ID, user, MCH_ID, "D" + TestMerchants.uniqueSuffix(), null);
    }

    private static String openid(Map<String, Object> payment) {
        return (String) payment.get("openid");
    }

    private static String transactionId(Map<String, Object> payment) {
        return (String) payment.get("transaction_id");
    }

    static void assertWxError(Answer answer, int errcode, String errmsgStart) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.raw()).as("key order").startsWith("{\"errcode\":");
        assertThat(answer.body()).as(answer.raw()).containsOnlyKeys("errcode", "errmsg");
        assertThat(answer.errcode()).as(answer.raw()).isEqualTo(errcode);
        assertThat(answer.errmsg()).startsWith(errmsgStart).matches("(?s).*" + RID);
    }

    @FunctionalInterface
    private interface WxCall {
        void run() throws WxErrorException;
    }

    private static int errcodeOf(WxCall call) {
        WxErrorException e = catchThrowableOfType(WxErrorException.class, call::run);
        assertThat(e).as("WxJava threw").isNotNull();
        return e.getError().getErrorCode();
    }
}
