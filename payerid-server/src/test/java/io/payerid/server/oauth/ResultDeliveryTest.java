package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.payerid.sdk.PayerIdClient;
import io.payerid.sdk.PayerIdError;
import io.payerid.sdk.PayerIdentity;
import io.payerid.sdk.SignType;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SignedJsonClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The per-app result delivery modes (issue 7 item 5), walked as the payer's browser walks them: form_post
 * ends on an auto-submitting form POSTing the signed answer to the merchant, ticket on a redirect carrying
 * only a one-time ticket that the merchant's backend redeems once. In neither does the identity touch a URL.
 */
class ResultDeliveryTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    DemoTenantSeeder seeder;

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private HttpServer merchantSite;
    private final AtomicReference<String> posted = new AtomicReference<>();

    @BeforeEach
    void demo() {
        seeder.seed();
    }

    @AfterEach
    void stopMerchantSite() {
        if (merchantSite != null) {
            merchantSite.stop(0);
        }
    }

    private HttpResponse<String> admin(String method, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer test-operator-token").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A new app of the demo merchant; returns {appId, signKey}. */
    private JsonNode app(String createBody) throws Exception {
        HttpResponse<String> created = admin("POST", "/admin/v1/merchants/MCH_DEMO/apps", createBody);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json.readTree(created.body());
    }

    /** The merchant's page receiving the form POST, on loopback and whitelisted. */
    private String merchantSite() throws Exception {
        merchantSite = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        merchantSite.createContext("/pay/back", exchange -> {
            posted.set(exchange.getRequestMethod() + " " + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] ok = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        merchantSite.start();
        String url = "http://127.0.0.1:" + merchantSite.getAddress().getPort() + "/pay/back";
        assertThat(admin("POST", "/admin/v1/merchants/MCH_DEMO/whitelist", "{\"url\":\"" + url + "\"}").statusCode()).isLessThan(300);
        return url;
    }

    private static PayerIdClient sdk(JsonNode app) {
        return PayerIdClient.builder().baseUrl(BASE).appId(app.get("appId").asString()).mchNo("MCH_DEMO")
                .key(SignType.MD5, app.get("signKey").asString()).build();
    }

    private static void assertNoIdentityInAnyUrl(Browser browser, String openid) {
        for (Hop hop : browser.history()) {
            assertThat(hop.uri().toString()).doesNotContain(openid);
            if (hop.location() != null) {
                assertThat(hop.location()).doesNotContain(openid);
            }
        }
    }

    @Test
    void formPostWhenTheFlowFinishesThenTheSignedAnswerIsPostedToTheRedirectUri() throws Exception {
        JsonNode app = app("{\"resultDelivery\":\"form_post\"}");
        assertThat(app.get("resultDelivery").asString()).isEqualTo("form_post");
        String back = merchantSite();
        PayerIdClient sdk = sdk(app);

        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Hop page = payer.follow(sdk.authorizeUrl(io.payerid.sdk.AuthorizeRequest.to(back).withState("o'42&<x>")), l -> false);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.uri().getPath()).startsWith("/v1/oauth/callback/wechat_oa/");
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        // One policy only: browsers enforce every CSP header, and a second default one would block the script.
        assertThat(page.headers().allValues("Content-Security-Policy")).hasSize(1);
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("default-src 'none'").containsPattern("script-src 'sha256-[A-Za-z0-9+/=]{44}'")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">").contains("<noscript><button type=\"submit\">继续</button></noscript>")
                .contains("<form method=\"post\" action=\"" + back + "\">").doesNotContain("<x>");
        // The page's only script is the one the CSP hash allows.
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("<script>(.*?)</script>").matcher(page.body());
        assertThat(script.find()).isTrue();
        String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256")
                .digest(script.group(1).getBytes(StandardCharsets.UTF_8)));
        assertThat(csp).contains("'sha256-" + hash + "'");
        assertThat(script.find()).isFalse();

        Hop atMerchant = payer.submitPostForm(page);
        assertThat(atMerchant.status()).isEqualTo(200);
        String body = posted.get().substring("POST ".length());
        PayerIdentity identity = sdk.verifyFormPost(body);
        assertThat(identity.openid()).startsWith("o");
        assertThat(identity.state()).isEqualTo("o'42&<x>");
        assertNoIdentityInAnyUrl(payer, identity.openid());
    }

    @Test
    void ticketWhenTheFlowFinishesThenTheRedirectCarriesOnlyATicketRedeemedOnce() throws Exception {
        JsonNode app = app("{}");
        HttpResponse<String> patched = admin("PATCH", "/admin/v1/apps/" + app.get("appId").asString(), "{\"resultDelivery\":\"ticket\"}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(json.readTree(patched.body()).get("resultDelivery").asString()).isEqualTo("ticket");
        PayerIdClient sdk = sdk(app);

        Browser payer = Browser.wechat().asSandboxUser(BASE, "bob");
        Hop last = payer.follow(sdk.authorizeUrl(io.payerid.sdk.AuthorizeRequest.to(RETURN).withState("t1")), l -> l.startsWith(RETURN));
        Map<String, String> returned = Browser.query(last.location());
        assertThat(returned).containsKeys("ticket", "sign", "timestamp", "nonce").containsEntry("state", "t1")
                .doesNotContainKeys("openid", "unionid", "userId", "nickname", "channelAppId");

        // Another app of the same merchant cannot redeem it, and its attempt does not use the ticket up.
        JsonNode other = app("{}");
        SignedJsonClient otherApi = new SignedJsonClient(BASE, other.get("appId").asString(), "MCH_DEMO", other.get("signKey").asString());
        SignedJsonClient.Answer foreign = otherApi.post("/v1/oauth/ticket", Map.of("ticket", returned.get("ticket")));
        assertThat(foreign.status()).isEqualTo(400);
        assertThat(foreign.body()).containsEntry("code", "TICKET_INVALID");

        PayerIdentity identity = sdk.redeemTicket(last.location());
        assertThat(identity.openid()).startsWith("o");
        assertThat(identity.state()).isEqualTo("t1");
        assertNoIdentityInAnyUrl(payer, identity.openid());

        assertThatThrownBy(() -> sdk.redeemTicket(last.location())).isInstanceOfSatisfying(PayerIdError.class, e -> {
            assertThat(e.code()).isEqualTo("TICKET_INVALID");
            assertThat(e.httpStatus()).isEqualTo(400);
        });
    }

    @Test
    void ticketWhenTheFlowFailsThenTheSignedErrorIsRedirectedAsUsual() throws Exception {
        JsonNode app = app("{\"resultDelivery\":\"ticket\"}");
        MerchantClient merchant = new MerchantClient(BASE, app.get("appId").asString(), "MCH_DEMO", app.get("signKey").asString());
        Hop last = Browser.wechat().asSandboxUser(BASE, "snapshot")
                .follow(merchant.authorizeUrl(RETURN, "base", "snap"), l -> l.startsWith(RETURN));
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("error", "SNAPSHOT_USER").doesNotContainKey("ticket");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void redirectWhenTheAppKeepsTheDefaultThenTheIdentityIsInTheQuery() throws Exception {
        JsonNode app = app("{}");
        assertThat(app.get("resultDelivery").asString()).isEqualTo("redirect");
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(sdk(app).authorizeUrl(io.payerid.sdk.AuthorizeRequest.to(RETURN)), l -> l.startsWith(RETURN));
        assertThat(sdk(app).verifyAnswer(last.location()).openid()).startsWith("o");
    }

    @Test
    void adminWhenTheModeIsUnknownThenAClearJsonError() throws Exception {
        HttpResponse<String> created = admin("POST", "/admin/v1/merchants/MCH_DEMO/apps", "{\"resultDelivery\":\"fragment\"}");
        assertThat(created.statusCode()).isEqualTo(400);
        assertThat(created.body()).contains("INVALID_REQUEST").contains("resultDelivery");
        JsonNode app = app("{}");
        HttpResponse<String> patched = admin("PATCH", "/admin/v1/apps/" + app.get("appId").asString(), "{\"resultDelivery\":7}");
        assertThat(patched.statusCode()).isEqualTo(400);
        assertThat(patched.body()).contains("INVALID_REQUEST");
        assertThat(admin("PATCH", "/admin/v1/apps/nope", "{\"resultDelivery\":\"ticket\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void ticketApiWhenUnsignedOrMissingTheTicketThenJsonErrors() throws Exception {
        JsonNode app = app("{}");
        SignedJsonClient api = new SignedJsonClient(BASE, app.get("appId").asString(), "MCH_DEMO", app.get("signKey").asString());
        assertThat(api.post("/v1/oauth/ticket", Map.of()).body()).containsEntry("code", "INVALID_REQUEST");
        assertThat(api.post("/v1/oauth/ticket", Map.of("ticket", "x".repeat(43))).body()).containsEntry("code", "TICKET_INVALID");
        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(URI.create(BASE + "/v1/oauth/ticket"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"appId\":\"" + app.get("appId").asString() + "\",\"mchNo\":\"MCH_DEMO\",\"ticket\":\"t\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isIn(400, 401);
        assertThat(unsigned.body()).doesNotContain("Exception");
    }
}
