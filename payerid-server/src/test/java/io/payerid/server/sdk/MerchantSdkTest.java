package io.payerid.server.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.sdk.AuthorizeLink;
import io.payerid.sdk.AuthorizeRequest;
import io.payerid.sdk.InvalidAnswerException;
import io.payerid.sdk.PayerIdClient;
import io.payerid.sdk.PayerIdError;
import io.payerid.sdk.PayerIdentity;
import io.payerid.sdk.PaymentCodeIdentity;
import io.payerid.sdk.Scope;
import io.payerid.sdk.SignType;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoWechatPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.TestMerchants;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The merchant SDK against the real gateway: the SDK knows only the README, so these tests show that
 * what the README promises is what the gateway does (signing both ways, errors, the JSON APIs).
 */
class MerchantSdkTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoWechatPaySeeder wechatPaySeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;
    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    PlatformKeys platformKeys;

    private PayerIdClient sdk;

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = tenantSeeder.seed();
        sdk = PayerIdClient.builder().baseUrl(BASE).appId(demo.appId()).mchNo(demo.mchNo())
                .key(SignType.MD5, demo.appKey()).build();
    }

    private static String walk(String url, String payer) {
        Hop last = Browser.wechat().asSandboxUser(BASE, payer).follow(url, l -> l.startsWith(RETURN));
        assertThat(last.location()).as("ends at the merchant").startsWith(RETURN);
        return last.location();
    }

    @Test
    void theSignedUrlLeadsThePayerBackWithAVerifiedOpenid() {
        String answer = walk(sdk.authorizeUrl(AuthorizeRequest.to(RETURN).withState("order42")), "alice");

        PayerIdentity payer = sdk.verifyAnswer(answer);
        assertThat(payer.openid()).startsWith("o");
        assertThat(payer.state()).isEqualTo("order42");
        assertThat(payer.channel()).isEqualTo("WECHAT_OA");
        assertThat(payer.channelAppId()).isEqualTo(DemoTenant.WECHAT_APP_ID);
        assertThat(payer.appId()).isEqualTo(DemoTenant.APP_ID);

        String tampered = answer.replace("openid=" + payer.openid(), "openid=oMallory0000000000000000000");
        assertThat(tampered).isNotEqualTo(answer);
        assertThatThrownBy(() -> sdk.verifyAnswer(tampered)).isInstanceOf(InvalidAnswerException.class);
    }

    /** Walks the userinfo consent page, pressing {@code button} ("allow" or "deny"), to the merchant. */
    private String consent(String url, String button) {
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop page = browser.follow(url, l -> l.startsWith(RETURN));
        Hop pressed = browser.submitForm(page, button);
        Hop last = browser.follow(pressed.uri().resolve(pressed.location()).toString(), l -> l.startsWith(RETURN));
        assertThat(last.location()).startsWith(RETURN);
        return last.location();
    }

    @Test
    void aRedirectUriWithItsOwnQueryIsVerifiedWithTheTwoArgumentForm() {
        String ownQuery = RETURN + "?order=42&shop=7";
        String answer = walk(sdk.authorizeUrl(AuthorizeRequest.to(ownQuery).withState("q")), "bob");
        assertThat(answer).startsWith(ownQuery + "&");
        assertThatThrownBy(() -> sdk.verifyAnswer(answer)).isInstanceOf(InvalidAnswerException.class);
        PayerIdentity payer = sdk.verifyAnswer(answer, ownQuery);
        assertThat(payer.openid()).startsWith("o");
        assertThat(payer.state()).isEqualTo("q");
    }

    @Test
    void userinfoScopeReturnsTheProfile() {
        PayerIdentity payer = sdk.verifyAnswer(consent(sdk.authorizeUrl(AuthorizeRequest.to(RETURN).withScope(Scope.USERINFO)), "allow"));
        assertThat(payer.nickname()).isEqualTo("爱丽丝");
        assertThat(payer.unionid()).isNotBlank();
    }

    @Test
    void aPayerWhoRefusesIsAVerifiedPayerIdError() {
        String answer = consent(sdk.authorizeUrl(AuthorizeRequest.to(RETURN).withScope(Scope.USERINFO).withState("deny")), "deny");
        assertThatThrownBy(() -> sdk.verifyAnswer(answer)).isInstanceOfSatisfying(PayerIdError.class, e -> {
            assertThat(e.code()).isEqualTo("PAYER_DENIED");
            assertThat(e.httpStatus()).isZero();
        });
        // A forged error is not believed either.
        assertThatThrownBy(() -> sdk.verifyAnswer(answer.replace("PAYER_DENIED", "SYSTEM_ERROR")))
                .isInstanceOf(InvalidAnswerException.class);
    }

    @Test
    void theLinkFromAuthorizeUrlForWorksToo() {
        AuthorizeLink link = sdk.authorizeUrlFor(AuthorizeRequest.to(RETURN).withState("shown"));
        assertThat(link.expiresInSeconds()).isEqualTo(600);
        assertThat(link.authorizeUrl()).startsWith(BASE + "/v1/oauth/link/");

        PayerIdentity payer = sdk.verifyAnswer(walk(link.authorizeUrl(), "bob"));
        assertThat(payer.state()).isEqualTo("shown");
        assertThat(payer.openid()).startsWith("o");

        assertThatThrownBy(() -> sdk.authorizeUrlFor(AuthorizeRequest.to("https://evil.example/")))
                .isInstanceOfSatisfying(PayerIdError.class, e -> assertThat(e.code()).isEqualTo("REDIRECT_NOT_ALLOWED"));
    }

    @Test
    void aScannedPaymentCodeGivesTheSameOpenidAsTheWebFlow() {
        wechatPaySeeder.seed();
        PaymentCodeIdentity holder = sdk.paymentCodeIdentity(sandboxCode("alice"), null);
        assertThat(holder.wallet()).isEqualTo("WECHAT");
        assertThat(holder.channelAppId()).isEqualTo(DemoTenant.WECHAT_APP_ID);
        assertThat(holder.openid()).isEqualTo(sdk.verifyAnswer(walk(sdk.authorizeUrl(AuthorizeRequest.to(RETURN)), "alice")).openid());

        assertThatThrownBy(() -> sdk.paymentCodeIdentity("990000000000000000", null)).isInstanceOfSatisfying(PayerIdError.class, e -> {
            assertThat(e.code()).isEqualTo("PAYMENT_CODE_INVALID");
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void aPaidUnionidIsAnsweredForASandboxPayment() {
        miniAppSeeder.seed();
        String outTradeNo = "S" + TestMerchants.uniqueSuffix();
        Map<String, Object> payment = new SandboxWechatClient(BASE).pay(DemoTenant.MINIAPP_ID, "alice", "1900000109", outTradeNo, null);
        String openid = (String) payment.get("openid");

        assertThat(sdk.paidUnionId(openid, (String) payment.get("transaction_id")).unionid()).startsWith("o");
        assertThat(sdk.paidUnionId(openid, "1900000109", outTradeNo).channelAppId()).isEqualTo(DemoTenant.MINIAPP_ID);
    }

    @Test
    void anRsa2AppRoundTripsWithItsKeyAndThePlatformKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        Merchant demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        MerchantApp app = admin.createApp(demo.id(), "app_sdk_rsa" + TestMerchants.uniqueSuffix(), Secret.of("unused-key-0123456789"),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), Set.of(io.payerid.core.signing.SignType.RSA2));
        PayerIdClient rsa = PayerIdClient.builder().baseUrl(BASE).appId(app.appId()).mchNo(DemoTenant.MCH_NO)
                .rsa2(Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()), platformKeys.publicKeyBase64()).build();

        String answer = walk(rsa.authorizeUrl(AuthorizeRequest.to(RETURN)), "bob");
        assertThat(answer).contains("signType=RSA2");
        assertThat(rsa.verifyAnswer(answer).openid()).startsWith("o");
        assertThat(rsa.authorizeUrlFor(AuthorizeRequest.to(RETURN)).authorizeUrl()).startsWith(BASE + "/v1/oauth/link/");

        // The MD5 client cannot pass off an RSA2 answer, nor the RSA2 client an MD5 one.
        assertThatThrownBy(() -> sdk.verifyAnswer(answer)).isInstanceOf(InvalidAnswerException.class);
    }

    private static String sandboxCode(String user) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + "/sandbox/wechatpay/codes"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\"}")).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            Matcher code = Pattern.compile("\"authCode\"\\s*:\\s*\"(\\d+)\"").matcher(response.body());
            assertThat(code.find()).as(response.body()).isTrue();
            return code.group(1);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
