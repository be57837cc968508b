package io.payerid.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatPayMerchant;
import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.sandbox.unionpay.UnionPayUserIdDerivation;
import io.payerid.sandbox.wechatpay.SandboxPayMerchant;
import io.payerid.sandbox.wechatpay.SandboxPayMerchants;
import io.payerid.sandbox.wechatpay.SandboxSubMerchant;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoUnionPaySeeder;
import io.payerid.server.demo.DemoWechatPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.StatementCounter;
import io.payerid.server.support.TestMerchants;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seed 000 (巨彩 auth2OpenId), driven with the seed's own request example and ids (the sandbox issues the
 * codes), signed and verified by hand from the seed's rule, independently of the gateway's signers. The
 * institution {@code ISV_JUCAI_KNOBS} uses every per-institution override.
 */
@TestPropertySource(properties = {
        "payerid.dialects.jucai.institutions[ISV_JUCAI_KNOBS].sign-hex-case=UPPER",
        "payerid.dialects.jucai.institutions[ISV_JUCAI_KNOBS].sign-key-name=secret",
        "payerid.dialects.jucai.institutions[ISV_JUCAI_KNOBS].response-sign=ENVELOPE",
        "payerid.dialects.jucai.institutions[ISV_JUCAI_KNOBS].union-pay-user-id-field=SUB_OPENID"})
class JucaiAuth2OpenIdTest extends GatewayTest {

    // The seed's example ids.
    static final String ORG_ID = "ISV_I232767463";
    static final String MCH_NO = "MCH_I293975931";
    static final String APP_ID = "MCH_A698612520";
    static final String KEY = "jucai-app-key-MCH_A698612520";
    // A service-provider (partner) WeChat Pay merchant under the same institution.
    static final String PARTNER_MCH_NO = "MCH_I293975932";
    static final String PARTNER_APP_ID = "MCH_A698612521";
    static final String PARTNER_KEY = "jucai-app-key-MCH_A698612521";
    // An institution whose rules are all overridden.
    static final String KNOBS_ORG_ID = "ISV_JUCAI_KNOBS";
    static final String KNOBS_MCH_NO = "MCH_JUCAI_KNOBS";
    static final String KNOBS_APP_ID = "MCH_A000000001";
    static final String KNOBS_KEY = "jucai-knobs-key";

    static final String ENDPOINT = BASE + "/pay/api/1.0/auth2OpenId";
    static final String CLOUD_PAY = "UnionPay/1.0 CloudPay";
    static final List<String> DATA_FIELDS = List.of("returnCode", "returnMsg", "termId", "randomStr", "orgId", "mchNo",
            "mchOrderNo", "appid", "openid", "subAppid", "subOpenid");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantChanges changes;
    @Autowired
    TenantAdmin admin;
    @Autowired
    DemoWechatPaySeeder wechatPaySeeder;
    @Autowired
    DemoUnionPaySeeder unionPaySeeder;
    @Autowired
    SandboxPayMerchants sandboxPayMerchants;
    @Autowired
    UnionPayUserIdDerivation sandboxUserIds;

    @BeforeEach
    void seedTenants() {
        wechatPaySeeder.seed();
        unionPaySeeder.seed();
        SeedTenants seeds = new SeedTenants(directory, admin);
        Merchant seedMerchant = seeds.merchant(seeds.institution(ORG_ID, "jucai-institution-key"), MCH_NO, List.of());
        copyDemoWechatPay(seedMerchant);
        app(seedMerchant, APP_ID, KEY);

        Merchant partner = seeds.merchant(seeds.institution(ORG_ID, "jucai-institution-key"), PARTNER_MCH_NO, List.of());
        admin.putChannel(OwnerType.MERCHANT, partner.id(), ChannelKind.WECHAT_PAY, ChannelMode.SERVICE_PROVIDER,
                Map.of(WechatPayMerchant.APP_ID, "wxprovider000001", WechatPayMerchant.MCH_ID, "1900000200",
                        WechatPayMerchant.SUB_MCH_ID, "1900000201"),
                Map.of(WechatPayMerchant.API_KEY, Secret.of("provider-key-1900000200")));
        sandboxPayMerchants.register(new SandboxPayMerchant("1900000200", "provider-key-1900000200", "wxprovider000001",
                List.of(new SandboxSubMerchant("1900000201", List.of("wxsubdemo0000001", "wxsubdemo0000002")))));
        app(partner, PARTNER_APP_ID, PARTNER_KEY);

        Merchant knobs = seeds.merchant(seeds.institution(KNOBS_ORG_ID, "knobs-institution-key"), KNOBS_MCH_NO, List.of());
        copyDemoWechatPay(knobs);
        app(knobs, KNOBS_APP_ID, KNOBS_KEY);
    }

    // --- the seed's example ----------------------------------------------------------------------

    @Test
    void theSeedsRequestExampleGetsTheSeedsAnswerShapeFieldByField() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        HttpResponse<String> response = post(sign(request, KEY));

        JsonNode answer = ok(response);
        assertThat(answer.propertyNames()).containsExactly("code", "msg", "data", "sign");
        assertThat(answer.get("code").isInt()).isTrue();
        assertThat(answer.get("code").asInt()).isEqualTo(200);
        assertThat(answer.get("msg").asString()).isEqualTo("成功");
        JsonNode data = answer.get("data");
        assertThat(data.propertyNames()).containsExactlyElementsOf(DATA_FIELDS);
        assertThat(text(data, "returnCode")).isEqualTo("000000");
        assertThat(text(data, "returnMsg")).isEqualTo("SUCCESS");
        assertThat(text(data, "termId")).isEqualTo("12345678");
        assertThat(text(data, "randomStr")).matches("[A-Z0-9]{32}");
        assertThat(text(data, "orgId")).isEqualTo(ORG_ID);
        assertThat(text(data, "mchNo")).isEqualTo(MCH_NO);
        assertThat(text(data, "mchOrderNo")).isEqualTo("2023041709270000001");
        assertThat(text(data, "appid")).isEqualTo(DemoTenant.WECHAT_APP_ID);
        assertThat(text(data, "openid")).matches("o[A-Za-z0-9_-]{27}");
        assertThat(text(data, "subAppid")).isEmpty();
        assertThat(text(data, "subOpenid")).isEmpty();
        // jeepay-style: the sign covers the data fields, MD5 lowercase.
        assertThat(answer.get("sign").asString()).matches("[0-9a-f]{32}")
                .isEqualTo(md5(fields(data), "key", KEY, false));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
    }

    @Test
    void auth2OpenIdWhenWarmedThenNoSql() {
        changes.publish(TenantChange.everything());
        StatementCounter.Recorded<HttpResponse<String>> cold =
                StatementCounter.during(() -> post(sign(seedExample(wechatCode("alice", "")), KEY)));
        StatementCounter.Recorded<HttpResponse<String>> warm =
                StatementCounter.during(() -> post(sign(seedExample(wechatCode("bob", "")), KEY)));

        assertThat(text(ok(warm.result()).get("data"), "returnCode")).isEqualTo("000000");
        System.out.printf("statements per request, POST /pay/api/1.0/auth2OpenId (seed 000): cold %d, warm %d%n",
                cold.statements().size(), warm.statements().size());
        assertThat(cold.configurationStatements()).isNotEmpty();
        assertThat(warm.statements()).isEmpty();
    }

    @Test
    void eachPayerHasTheirOwnOpenidAndEachAnswerItsOwnRandomStr() {
        JsonNode alice = ok(post(sign(seedExample(wechatCode("alice", "")), KEY))).get("data");
        JsonNode bob = ok(post(sign(seedExample(wechatCode("bob", "")), KEY))).get("data");

        assertThat(text(alice, "openid")).isNotEqualTo(text(bob, "openid"));
        assertThat(text(alice, "randomStr")).isNotEqualTo(text(bob, "randomStr"));
    }

    @Test
    void valuesMayBeJsonNumbersSignedAsTheirText() {
        String code = wechatCode("alice", "");
        String body = """
                {"appId":"%s","authCode":%s,"clientIp":"127.0.0.1","mchNo":"%s","mchOrderNo":"2023041709270000002",\
                "termId":88888888,"version":1.0,"wayCode":"WECHAT","sign":"%s"}""".formatted(APP_ID, code, MCH_NO,
                md5(Map.of("appId", APP_ID, "authCode", code, "clientIp", "127.0.0.1", "mchNo", MCH_NO,
                        "mchOrderNo", "2023041709270000002", "termId", "88888888", "version", "1.0", "wayCode", "WECHAT"),
                        "key", KEY, false));

        JsonNode data = ok(postRaw(body, "application/json")).get("data");

        assertThat(text(data, "returnCode")).isEqualTo("000000");
        assertThat(text(data, "termId")).isEqualTo("88888888");
    }

    @Test
    void anUppercaseSignAndAnAbsentVersionAreAccepted() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.remove("version");
        Map<String, String> signed = sign(request, KEY);
        signed.put("sign", signed.get("sign").toUpperCase());

        assertThat(text(ok(post(signed)).get("data"), "returnCode")).isEqualTo("000000");
    }

    // --- WeChat Pay service-provider mode ------------------------------------------------------------

    @Test
    void aPartnerMerchantGetsTheSubOpenidUnderTheRequestedSubAppid() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("appId", PARTNER_APP_ID);
        request.put("mchNo", PARTNER_MCH_NO);
        request.put("subAppid", "wxsubdemo0000002");

        JsonNode answer = ok(post(sign(request, PARTNER_KEY)));
        JsonNode data = answer.get("data");

        assertThat(text(data, "appid")).isEqualTo("wxprovider000001");
        assertThat(text(data, "subAppid")).isEqualTo("wxsubdemo0000002");
        assertThat(text(data, "subOpenid")).matches("o[A-Za-z0-9_-]{27}").isNotEqualTo(text(data, "openid"));
        assertThat(text(data, "openid")).matches("o[A-Za-z0-9_-]{27}");
        assertThat(answer.get("sign").asString()).isEqualTo(md5(fields(data), "key", PARTNER_KEY, false));
    }

    @Test
    void aSubAppidForADirectWechatPayMerchantIsRefused() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("subAppid", "wxsubdemo0000001");

        assertFailure(post(sign(request, KEY)), 400, "100001", KEY);
    }

    // --- UnionPay --------------------------------------------------------------------------------

    @Test
    void aUnionPayUserAuthCodeGivesTheUserIdInOpenidWithAnEmptySubAppid() {
        Map<String, String> request = unionPayRequest(unionPayCode("alice"), "");

        JsonNode answer = ok(post(sign(request, KEY)));
        JsonNode data = answer.get("data");

        assertThat(text(data, "returnCode")).isEqualTo("000000");
        assertThat(text(data, "openid")).isEqualTo(sandboxUserIds.userId(CLOUD_PAY, "alice"));
        assertThat(text(data, "appid")).isEmpty();
        assertThat(text(data, "subAppid")).isEmpty();
        assertThat(text(data, "subOpenid")).isEmpty();
        assertThat(answer.get("sign").asString()).isEqualTo(md5(fields(data), "key", KEY, false));
    }

    @Test
    void theCloudPayIdentifierInSubAppidIsEchoedAndAUsedCodeIsRefused() {
        String code = unionPayCode("bob");
        Map<String, String> request = unionPayRequest(code, CLOUD_PAY);

        JsonNode data = ok(post(sign(request, KEY))).get("data");
        assertThat(text(data, "openid")).isEqualTo(sandboxUserIds.userId(CLOUD_PAY, "bob"));
        assertThat(text(data, "subAppid")).isEqualTo(CLOUD_PAY);

        assertFailure(post(sign(unionPayRequest(code, CLOUD_PAY), KEY)), 400, "300004", KEY);
    }

    @Test
    void aSubAppidThatIsNoUnionPayAppIdentifierIsRefused() {
        assertFailure(post(sign(unionPayRequest(unionPayCode("alice"), "not an identifier"), KEY)), 400, "100001", KEY);
    }

    // --- per-institution choices -----------------------------------------------------------------------

    @Test
    void anInstitutionOverrideChangesHexCaseKeyNameSignScopeAndTheUnionPayField() {
        Map<String, String> request = unionPayRequest(unionPayCode("alice"), "");
        request.put("appId", KNOBS_APP_ID);
        request.put("mchNo", KNOBS_MCH_NO);
        request.put("sign", md5(request, "secret", KNOBS_KEY, true));

        JsonNode answer = ok(post(request));
        JsonNode data = answer.get("data");

        assertThat(text(data, "orgId")).isEqualTo(KNOBS_ORG_ID);
        assertThat(text(data, "openid")).isEmpty();
        assertThat(text(data, "subOpenid")).isEqualTo(sandboxUserIds.userId(CLOUD_PAY, "alice"));
        Map<String, String> envelope = fields(data);
        envelope.put("code", "200");
        envelope.put("msg", "成功");
        assertThat(answer.get("sign").asString()).matches("[0-9A-F]{32}").isEqualTo(md5(envelope, "secret", KNOBS_KEY, true));
        // The default key name no longer verifies for this institution.
        request.put("sign", md5(request, "key", KNOBS_KEY, true));
        JsonNode refused = JSON.readTree(post(request).body());
        assertThat(refused.get("code").asInt()).isEqualTo(401);
        assertThat(text(refused.get("data"), "returnCode")).isEqualTo("100003");
    }

    // --- authentication failures ------------------------------------------------------------------------

    @Test
    void aWrongSignIsRefusedWithASignedAnswer() {
        Map<String, String> request = sign(seedExample(wechatCode("alice", "")), KEY);
        request.put("sign", "d012419a8968d6e9e000bc557e72f4bd"); // the seed's example value, under another key

        JsonNode data = assertFailure(post(request), 401, "100003", KEY);
        assertThat(text(data, "orgId")).isEqualTo(ORG_ID);
        assertThat(text(data, "termId")).isEqualTo("12345678");
        assertThat(text(data, "mchOrderNo")).isEqualTo("2023041709270000001");

        Map<String, String> tampered = sign(seedExample(wechatCode("alice", "")), KEY);
        tampered.put("mchOrderNo", "2023041709270000009");
        assertFailure(post(tampered), 401, "100003", KEY);
    }

    @Test
    void anUnknownAppIsRefusedUnsigned() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("appId", "MCH_A000000404");

        JsonNode data = assertFailure(post(sign(request, KEY)), 404, "100005", null);
        assertThat(text(data, "orgId")).isEmpty();
    }

    @Test
    void aMerchantThatIsNotTheAppsIsRefused() {
        Map<String, String> mismatched = seedExample(wechatCode("alice", ""));
        mismatched.put("mchNo", DemoTenant.MCH_NO);
        assertFailure(post(sign(mismatched, KEY)), 403, "100007", KEY);

        Map<String, String> unknown = seedExample(wechatCode("alice", ""));
        unknown.put("mchNo", "MCH_I000000404");
        assertFailure(post(sign(unknown, KEY)), 404, "100006", KEY);
    }

    @Test
    void aDisabledMerchantIsRefused() {
        TestMerchants.TestMerchant disabled = TestMerchants.under(admin, directory.institutionByInstNo(ORG_ID).orElseThrow().id());
        admin.updateMerchant(disabled.merchant().id(), null, false);
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("appId", disabled.app().appId());
        request.put("mchNo", disabled.merchant().mchNo());

        assertFailure(post(sign(request, disabled.key())), 403, "100008", disabled.key());
    }

    @Test
    void aDisabledAppIsRefusedWithItsOwnReturnCode() {
        TestMerchants.TestMerchant owner = TestMerchants.under(admin, directory.institutionByInstNo(ORG_ID).orElseThrow().id());
        admin.setAppEnabled(owner.app().id(), false);
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("appId", owner.app().appId());
        request.put("mchNo", owner.merchant().mchNo());

        assertFailure(post(sign(request, owner.key())), 403, "100010", owner.key());
    }

    @Test
    void anAppWithoutAnMd5KeyIsRefused() throws Exception {
        Merchant merchant = directory.merchantByMchNo(MCH_NO).orElseThrow();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String publicKey = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        String appId = "MCH_A" + TestMerchants.uniqueSuffix();
        admin.createApp(merchant.id(), appId, null, publicKey, Set.of(SignType.RSA2));
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("appId", appId);

        assertFailure(post(sign(request, "no-key")), 400, "100004", null);
    }

    // --- malformed requests --------------------------------------------------------------------------

    @Test
    void everyMissingRequiredFieldIsNamed() {
        for (String field : List.of("sign", "termId", "mchNo", "appId", "mchOrderNo", "wayCode", "authCode", "clientIp")) {
            Map<String, String> request = seedExample(wechatCode("alice", ""));
            request.remove(field);
            String key = field.equals("appId") ? null : KEY;
            Map<String, String> sent = field.equals("sign") ? request : sign(request, KEY);

            JsonNode data = assertFailure(post(sent), 400, "100001", key);
            assertThat(text(data, "returnMsg")).as(field).contains(field);
        }
    }

    @Test
    void anMchOrderNoOutsideTheSeedsRuleIsRefused() {
        for (String bad : List.of("1234", "a".repeat(31), "2023-04-17-0001", "订单20230417")) {
            Map<String, String> request = seedExample(wechatCode("alice", ""));
            request.put("mchOrderNo", bad);
            JsonNode data = assertFailure(post(sign(request, KEY)), 400, "100001", KEY);
            assertThat(text(data, "returnMsg")).contains("mchOrderNo");
        }
        Map<String, String> shortest = seedExample(wechatCode("alice", ""));
        shortest.put("mchOrderNo", "A_1b2");
        assertThat(text(ok(post(sign(shortest, KEY))).get("data"), "returnCode")).isEqualTo("000000");
    }

    @Test
    void aWayCodeOtherThanWechatOrUnionPayIsRefused() {
        Map<String, String> alipay = seedExample(wechatCode("alice", ""));
        alipay.put("wayCode", "ALIPAY");
        assertFailure(post(sign(alipay, KEY)), 400, "200001", KEY);

        Map<String, String> unknown = seedExample(wechatCode("alice", ""));
        unknown.put("wayCode", "wechat");
        assertFailure(post(sign(unknown, KEY)), 400, "100001", KEY);
    }

    @Test
    void anotherVersionIsRefused() {
        Map<String, String> request = seedExample(wechatCode("alice", ""));
        request.put("version", "2.0");
        assertFailure(post(sign(request, KEY)), 400, "100001", KEY);
    }

    @Test
    void malformedJsonNestedValuesAndNonObjectsAreRefusedUnsigned() {
        assertFailure(postRaw("{\"appId\":\"" + APP_ID + "\",", "application/json"), 400, "100001", null);
        assertFailure(postRaw("{\"appId\":{\"nested\":1}}", "application/json"), 400, "100001", null);
        assertFailure(postRaw("[1,2]", "application/json"), 400, "100001", null);
        assertFailure(postRaw("", "application/json"), 400, "100001", null);
        // Nested values are refused even when the app is known and the rest is signed.
        Map<String, String> request = sign(seedExample(wechatCode("alice", "")), KEY);
        String body = JSON.writeValueAsString(request).replace("\"clientIp\":\"127.0.0.1\"", "\"clientIp\":[\"127.0.0.1\"]");
        assertFailure(postRaw(body, "application/json"), 400, "100001", null);
    }

    @Test
    void aWrongMethodOrContentTypeIsAnsweredInTheSeedsShape() {
        assertFailure(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).GET()), 405, "100002", null);
        assertFailure(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).PUT(HttpRequest.BodyPublishers.ofString("{}"))
                .header("Content-Type", "application/json")), 405, "100002", null);
        String signed = JSON.writeValueAsString(sign(seedExample(wechatCode("alice", "")), KEY));
        assertFailure(postRaw(signed, "text/plain"), 400, "100001", null);
        assertFailure(postRaw("appId=" + APP_ID, "application/x-www-form-urlencoded"), 400, "100001", null);
        assertFailure(postRaw(signed, "garbage"), 400, "100001", null);
        assertFailure(postRaw(signed, "application/json; charset=no-such-charset"), 400, "100001", null);
        assertFailure(send(HttpRequest.newBuilder(URI.create(ENDPOINT)).POST(HttpRequest.BodyPublishers.ofString(signed))),
                400, "100001", null);
        // A charset is fine.
        assertThat(text(ok(postRaw(JSON.writeValueAsString(sign(seedExample(wechatCode("alice", "")), KEY)),
                "application/json; charset=UTF-8")).get("data"), "returnCode")).isEqualTo("000000");
    }

    // --- payment-code failures -------------------------------------------------------------------------

    @Test
    void anotherWalletsCodeWithWayCodeWechatIsRefusedBeforeAnyLookup() {
        for (String code : List.of("286543210987654321", "6212345678901234567")) {
            Map<String, String> request = seedExample(code);
            JsonNode data = assertFailure(post(sign(request, KEY)), 400, "300003", KEY);
            assertThat(text(data, "returnMsg")).contains("wayCode WECHAT").contains(code.startsWith("62") ? "UNIONPAY" : "ALIPAY");
        }
        assertFailure(post(sign(seedExample("990000000000000000"), KEY)), 400, "300001", KEY);
    }

    @Test
    void anExpiredCodeIsRefused() throws InterruptedException {
        String code = wechatCode("alice", ",\"ttlMillis\":300");
        Thread.sleep(600);

        assertFailure(post(sign(seedExample(code), KEY)), 400, "300002", KEY);
    }

    @Test
    void aCodeAnotherMerchantAlreadyLookedUpIsRefused() {
        String code = wechatCode("bob", "");
        Map<String, String> partner = seedExample(code);
        partner.put("appId", PARTNER_APP_ID);
        partner.put("mchNo", PARTNER_MCH_NO);
        partner.put("subAppid", "wxsubdemo0000001");
        ok(post(sign(partner, PARTNER_KEY)));

        assertFailure(post(sign(seedExample(code), KEY)), 400, "300001", KEY);
    }

    @Test
    void aMerchantWithoutTheChannelAndAnUnavailableUpstreamHaveTheirCodes() {
        TestMerchants.TestMerchant bare = TestMerchants.alone(admin);
        Map<String, String> wechat = seedExample(wechatCode("alice", ""));
        wechat.put("appId", bare.app().appId());
        wechat.put("mchNo", bare.merchant().mchNo());
        assertFailure(post(sign(wechat, bare.key())), 409, "200002", bare.key());
        Map<String, String> unionPay = unionPayRequest("uskMsSXHS1KBLHZ90+iDzA==", "");
        unionPay.put("appId", bare.app().appId());
        unionPay.put("mchNo", bare.merchant().mchNo());
        assertFailure(post(sign(unionPay, bare.key())), 409, "200002", bare.key());

        assertFailure(post(sign(seedExample(wechatCode("alice", ",\"simulate\":\"SYSTEMERROR\"")), KEY)), 503, "900002", KEY);
    }

    // --- the merchant's side, written from the seed doc only -----------------------------------------

    /** The seed's request example, in its order, with a live payment code. */
    private static Map<String, String> seedExample(String authCode) {
        Map<String, String> request = new LinkedHashMap<>();
        request.put("appId", APP_ID);
        request.put("authCode", authCode);
        request.put("clientIp", "127.0.0.1");
        request.put("mchNo", MCH_NO);
        request.put("mchOrderNo", "2023041709270000001");
        request.put("subAppid", "");
        request.put("termId", "12345678");
        request.put("version", "1.0");
        request.put("wayCode", "WECHAT");
        return request;
    }

    private static Map<String, String> unionPayRequest(String userAuthCode, String subAppid) {
        Map<String, String> request = seedExample(userAuthCode);
        request.put("wayCode", "UNIONPAY");
        request.put("subAppid", subAppid);
        return request;
    }

    /** Adds {@code sign}: MD5 of the sorted non-empty fields except sign, {@code &key=}, lowercase hex. */
    private static Map<String, String> sign(Map<String, String> request, String key) {
        Map<String, String> signed = new LinkedHashMap<>(request);
        signed.remove("sign");
        signed.put("sign", md5(signed, "key", key, false));
        return signed;
    }

    private static String md5(Map<String, String> fields, String keyName, String key, boolean upper) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                text.append(name).append('=').append(value).append('&');
            }
        });
        text.append(keyName).append('=').append(key);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return upper ? hex.toUpperCase() : hex;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    // --- answers ---------------------------------------------------------------------------------

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("code").asInt()).as(response.body()).isEqualTo(200);
        return answer;
    }

    /**
     * A failure in the seed's shape: HTTP 200, the documented code/returnCode, every data key, and a sign
     * that verifies with {@code key} (or is empty when the app is unknown to the gateway).
     */
    private static JsonNode assertFailure(HttpResponse<String> response, int code, String returnCode, String key) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.propertyNames()).containsExactly("code", "msg", "data", "sign");
        assertThat(answer.get("code").asInt()).as(response.body()).isEqualTo(code);
        assertThat(answer.get("msg").asString()).isNotBlank();
        JsonNode data = answer.get("data");
        assertThat(data.propertyNames()).containsExactlyElementsOf(DATA_FIELDS);
        assertThat(text(data, "returnCode")).as(response.body()).isEqualTo(returnCode);
        assertThat(text(data, "returnMsg")).isNotBlank();
        assertThat(text(data, "openid")).isEmpty();
        String sign = answer.get("sign").asString();
        if (key == null) {
            assertThat(sign).isEmpty();
        } else {
            assertThat(sign).isEqualTo(md5(fields(data), "key", key, false));
        }
        return data;
    }

    private static String text(JsonNode node, String field) {
        return node.get(field).asString();
    }

    private static Map<String, String> fields(JsonNode data) {
        Map<String, String> fields = new TreeMap<>();
        data.properties().forEach(e -> fields.put(e.getKey(), e.getValue().asString()));
        return fields;
    }

    // --- HTTP ------------------------------------------------------------------------------------

    private static HttpResponse<String> post(Map<String, String> request) {
        return postRaw(JSON.writeValueAsString(request), "application/json");
    }

    private static HttpResponse<String> postRaw(String body, String contentType) {
        return send(HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
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

    /** A payment code the sandbox WeChat wallet shows {@code user} now. */
    private static String wechatCode(String user, String extraJson) {
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wechatpay/codes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"" + extraJson + "}")));
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body()).get("authCode").asString();
    }

    /** A userAuthCode from the sandbox's userAuth page, walked in 云闪付 as {@code cardholder}. */
    private static String unionPayCode(String cardholder) {
        Browser browser = new Browser("Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) (UnionPay/1.0 CloudPay)");
        Hop picker = browser.get(BASE + "/sandbox/unionpay/qr/qrcGtwWeb-web/api/userAuth?version=1.0.0&redirectUrl="
                + URLEncoder.encode(BASE + "/demo/return", StandardCharsets.UTF_8));
        assertThat(picker.status()).as(picker.body()).isEqualTo(200);
        return Browser.query(browser.submitForm(picker, cardholder).location()).get("userAuthCode");
    }

    // --- tenants ---------------------------------------------------------------------------------

    /** The demo merchant's sandbox WeChat Pay account (the sandbox knows its key). */
    private void copyDemoWechatPay(Merchant merchant) {
        Merchant demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        ChannelConfig pay = admin.channel(OwnerType.MERCHANT, demo.id(), ChannelKind.WECHAT_PAY).orElseThrow();
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.WECHAT_PAY, pay.mode(), pay.settings(), pay.secrets());
    }

    private void app(Merchant merchant, String appId, String key) {
        if (directory.appByAppId(appId).isEmpty()) {
            admin.createApp(merchant.id(), appId, Secret.of(key), null, Set.of(SignType.MD5));
        }
    }
}
