package io.payerid.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchants;
import io.payerid.sandbox.wechatpay.SandboxSubMerchant;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoWechatPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /v1/paycode/identity} end to end: a merchant signs like one who read only the README
 * ({@link MerchantClient}), the gateway asks WeChat Pay (the sandbox) through its own v2 client, and the payment
 * codes come from the sandbox wallet.
 */
class PaymentCodeIdentityTest extends GatewayTest {

    private static final String ENDPOINT = BASE + "/v1/paycode/identity";
    private static final String CODES = BASE + "/sandbox/wechatpay/codes";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    DemoTenantSeeder demoSeeder;
    @Autowired
    DemoWechatPaySeeder wechatPaySeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxPayMerchants sandboxMerchants;

    /** A merchant app as a test drives it: the README-following signer and the ids it sends. */
    private record Caller(MerchantClient signer, String appId, String mchNo) {
    }

    private Caller demo;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials credentials = demoSeeder.seed();
        wechatPaySeeder.seed();
        demo = new Caller(new MerchantClient(BASE, credentials.appId(), credentials.mchNo(), credentials.appKey()),
                credentials.appId(), credentials.mchNo());
    }

    @Test
    void theWalletsPayerComesBackSignedWithTheOpenidOfTheWechatOauthFlow() {
        Map<String, String> answer = ok(identify(demo, code("alice", ""), null));

        assertThat(answer).containsEntry("code", "SUCCESS").containsEntry("wallet", "WECHAT")
                .containsEntry("appId", DemoTenant.APP_ID).containsEntry("channelAppId", DemoTenant.WECHAT_APP_ID)
                .containsEntry("signType", "MD5").doesNotContainKeys("subOpenid", "subAppId", "authCode");
        assertThat(demo.signer().verifyAnswer(answer)).isTrue();
        // The sandbox derives both from (appid, payer): a sandbox convenience, real WeChat may differ.
        assertThat(answer.get("openid")).isEqualTo(oauthOpenid("alice"));
        assertThat(ok(identify(demo, code("bob", ""), null)).get("openid")).isNotEqualTo(answer.get("openid"));
    }

    @Test
    void partnerModeAnswersTheSubOpenidUnderTheRequestedSubAppid() {
        Caller partner = merchantWithWechatPay("MCH_WXSP", ChannelMode.SERVICE_PROVIDER, "wxprovider000001",
                "1900000200", "1900000201");
        sandboxMerchants.register(new SandboxPayMerchant("1900000200", "provider-key-1900000200", "wxprovider000001",
                List.of(new SandboxSubMerchant("1900000201", List.of("wxsubdemo0000001", "wxsubdemo0000002")))));

        Map<String, String> answer = ok(identify(partner, code("alice", ""), "wxsubdemo0000002"));

        assertThat(answer).containsEntry("channelAppId", "wxprovider000001").containsEntry("subAppId", "wxsubdemo0000002")
                .containsKeys("openid", "subOpenid");
        assertThat(answer.get("subOpenid")).startsWith("o").hasSize(28).isNotEqualTo(answer.get("openid"));
        assertThat(partner.signer().verifyAnswer(answer)).isTrue();
        // Several appids bound to the sub-merchant: WeChat Pay wants one named.
        assertError(identify(partner, code("alice", ""), null), 502, "UPSTREAM_ERROR");
        assertError(identify(partner, code("alice", ""), "wxnotbound000001"), 409, "CHANNEL_NOT_CONFIGURED");
    }

    @Test
    void aDirectMerchantCannotAskForASubAppid() {
        assertError(identify(demo, code("alice", ""), "wxsubdemo0000001"), 400, "INVALID_REQUEST");
    }

    @Test
    void signatureTimestampAndNonceAreCheckedBeforeTheCode() {
        Map<String, String> badSign = demo.signer().signMd5(params(demo, code("alice", ""), null));
        badSign.put("sign", "0".repeat(32));
        assertError(post(badSign), 401, "INVALID_SIGNATURE");

        Map<String, String> stale = params(demo, code("alice", ""), null);
        stale.put("timestamp", Long.toString(System.currentTimeMillis() / 1000 - 3600));
        assertError(post(demo.signer().signMd5(stale)), 401, "STALE_TIMESTAMP");

        Map<String, String> once = demo.signer().signMd5(params(demo, code("alice", ""), null));
        assertThat(post(once).statusCode()).isEqualTo(200);
        assertError(post(once), 401, "NONCE_REUSED");
    }

    @Test
    void codesOfNoWalletOrOfWalletsWithoutALookupAreRefused() {
        assertError(identify(demo, "990000000000000000", null), 400, "PAYMENT_CODE_INVALID");
        assertError(identify(demo, "13429142709618872", null), 400, "PAYMENT_CODE_INVALID");
        HttpResponse<String> alipay = identify(demo, "286543210987654321", null);
        assertError(alipay, 400, "UNSUPPORTED_WALLET");
        assertThat(alipay.body()).contains("ALIPAY");
        HttpResponse<String> unionpay = identify(demo, "6212345678901234567", null);
        assertError(unionpay, 400, "UNSUPPORTED_WALLET");
        assertThat(unionpay.body()).contains("UNIONPAY");
    }

    @Test
    void anExpiredCodeIsPaymentCodeExpired() throws InterruptedException {
        String code = code("alice", ",\"ttlMillis\":300");
        Thread.sleep(600);

        assertError(identify(demo, code, null), 400, "PAYMENT_CODE_EXPIRED");
    }

    @Test
    void aCodeLookedUpByOneMerchantIsInvalidForAnother() {
        Caller other = merchantWithWechatPay("MCH_WXOTHER", ChannelMode.DIRECT, "wxother000000001", "1900000300", null);
        sandboxMerchants.register(new SandboxPayMerchant("1900000300", "provider-key-1900000300", "wxother000000001", List.of()));
        String code = code("bob", "");
        String openid = ok(identify(demo, code, null)).get("openid");

        assertError(identify(other, code, null), 400, "PAYMENT_CODE_INVALID");
        assertThat(ok(identify(demo, code, null)).get("openid")).isEqualTo(openid);
    }

    @Test
    void upstreamTroubleAndMissingConfigurationHaveTheirCodes() {
        assertError(identify(demo, code("alice", ",\"simulate\":\"SYSTEMERROR\""), null), 503, "UPSTREAM_UNAVAILABLE");

        Caller unconfigured = merchantWithoutWechatPay("MCH_NOPAY");
        assertError(identify(unconfigured, code("alice", ""), null), 409, "CHANNEL_NOT_CONFIGURED");

        // The gateway holds another key than WeChat Pay does: the sandbox answers 签名错误.
        Caller wrongKey = merchantWithWechatPay("MCH_WXWRONGKEY", ChannelMode.DIRECT, "wxwrongkey000001", "1900000400", null);
        sandboxMerchants.register(new SandboxPayMerchant("1900000400", "not-the-gateways-key", "wxwrongkey000001", List.of()));
        HttpResponse<String> refused = identify(wrongKey, code("alice", ""), null);
        assertError(refused, 409, "CHANNEL_NOT_CONFIGURED");
        assertThat(refused.body()).contains("签名错误");
    }

    @Test
    void malformedRequestsAreInvalidRequestsNeverServerErrors() {
        assertError(post(demo.signer().signMd5(params(demo, null, null))), 400, "INVALID_REQUEST");
        assertError(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{not json"))), 400, "INVALID_REQUEST");
        assertError(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"appId\":{\"nested\":1}}"))), 400, "INVALID_REQUEST");
        assertError(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).POST(HttpRequest.BodyPublishers.noBody())), 400,
                "INVALID_REQUEST");
        assertError(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).GET()), 405, "METHOD_NOT_ALLOWED");
    }

    // --- merchants -------------------------------------------------------------------------------

    private Caller merchantWithoutWechatPay(String mchNo) {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow();
        Merchant merchant = directory.merchantByMchNo(mchNo)
                .orElseGet(() -> admin.createMerchant(institution.id(), mchNo, mchNo, true));
        String appId = "app_" + mchNo.toLowerCase();
        String key = directory.appByAppId(appId).map(app -> app.signKey().reveal())
                .orElseGet(() -> admin.createApp(merchant.id(), appId, Secret.of("key-" + UUID.randomUUID()), null,
                        Set.of(SignType.MD5)).signKey().reveal());
        return new Caller(new MerchantClient(BASE, appId, mchNo, key), appId, mchNo);
    }

    /** The gateway side; the test registers the sandbox side, with the same key unless it means otherwise. */
    private Caller merchantWithWechatPay(String mchNo, ChannelMode mode, String appid, String mchId, String subMchId) {
        Caller client = merchantWithoutWechatPay(mchNo);
        Merchant merchant = directory.merchantByMchNo(mchNo).orElseThrow();
        Map<String, String> settings = new HashMap<>();
        settings.put(WechatPayMerchant.APP_ID, appid);
        settings.put(WechatPayMerchant.MCH_ID, mchId);
        if (subMchId != null) {
            settings.put(WechatPayMerchant.SUB_MCH_ID, subMchId);
        }
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_PAY, mode, settings,
                Map.of(WechatPayMerchant.API_KEY, Secret.of("provider-key-" + mchId)));
        return client;
    }

    // --- HTTP ------------------------------------------------------------------------------------

    private static String code(String user, String extraJson) {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(CODES)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"" + extraJson + "}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return (String) JSON.readValue(issued.body(), Map.class).get("authCode");
    }

    private static Map<String, String> params(Caller merchant, String authCode, String subAppId) {
        Map<String, String> p = new TreeMap<>();
        p.put("appId", merchant.appId());
        p.put("mchNo", merchant.mchNo());
        if (authCode != null) {
            p.put("authCode", authCode);
        }
        if (subAppId != null) {
            p.put("subAppId", subAppId);
        }
        p.put("timestamp", Long.toString(System.currentTimeMillis() / 1000));
        p.put("nonce", UUID.randomUUID().toString().replace("-", ""));
        return p;
    }

    private static HttpResponse<String> identify(Caller merchant, String authCode, String subAppId) {
        return post(merchant.signer().signMd5(params(merchant, authCode, subAppId)));
    }

    private static HttpResponse<String> post(Map<String, String> body) {
        return send(HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readValue(response.body(), Map.class);
    }

    private static void assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        @SuppressWarnings("unchecked")
        Map<String, Object> body = JSON.readValue(response.body(), Map.class);
        assertThat(body.keySet()).containsExactlyInAnyOrder("code", "message", "requestId");
        assertThat(body.get("requestId")).isEqualTo(response.headers().firstValue("X-Request-Id").orElse(null));
        assertThat(body.get("code")).isEqualTo(code);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The openid the gateway's WeChat web-OAuth flow gives the same sandbox payer. */
    private String oauthOpenid(String user) {
        String ret = BASE + "/demo/return";
        Browser.Hop last = Browser.wechat().asSandboxUser(BASE, user)
                .follow(demo.signer().authorizeUrl(ret, "base", null), location -> location.startsWith(ret));
        return Browser.query(last.location()).get("openid");
    }
}
