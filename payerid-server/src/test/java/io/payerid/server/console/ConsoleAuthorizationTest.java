package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every console route against every role, over HTTP: what each role may reach is decided on the server, and a
 * merchant user reaches only its own merchant (another merchant's pages are "not found", forged URLs included).
 */
class ConsoleAuthorizationTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String OTHER = "MCH_AUTHZ_OTHER";
    private static final String OWN_APP = "app_authz_own";
    private static final String OTHER_APP = "app_authz_other";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    io.payerid.console.token.ApiTokens tokens;
    @Autowired
    io.payerid.server.dialect.exchange.ExchangeAuthRequests exchangeRequests;
    @Autowired
    io.payerid.server.dialect.exchange.ExchangeAuthorizations exchangeAuthorizations;
    @Autowired
    io.payerid.server.outbox.CallbackOutbox outbox;

    private final Map<ConsoleRole, ConsoleClient> clients = new EnumMap<>(ConsoleRole.class);

    /** One route: method, path and form; {role} (and {host} in host names) make each role's creations distinct. */
    private record Route(String method, String path, Map<String, String> form) {

        static Route get(String path) {
            return new Route("GET", path, Map.of());
        }

        static Route post(String path, Map<String, String> form) {
            return new Route("POST", path, form);
        }
    }

    @BeforeEach
    void accountsOfEveryRole() {
        seeder.seed();
        Merchant demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        if (directory.merchantByMchNo(OTHER).isEmpty()) {
            admin.createMerchant(demo.institutionId(), OTHER, "另一个商户", true);
        }
        // Apps of their own, so rotations and sign-type changes leave the demo app (other tests' key) alone.
        Merchant other = directory.merchantByMchNo(OTHER).orElseThrow();
        if (directory.appByAppId(OWN_APP).isEmpty()) {
            admin.createApp(demo.id(), OWN_APP, io.payerid.core.tenant.Secret.of("authz-own-key-0123456789"), null,
                    java.util.EnumSet.of(io.payerid.core.signing.SignType.MD5));
            admin.createApp(other.id(), OTHER_APP, io.payerid.core.tenant.Secret.of("authz-other-key-0123456789"), null,
                    java.util.EnumSet.of(io.payerid.core.signing.SignType.MD5));
        }
        for (ConsoleRole role : ConsoleRole.values()) {
            String username = "authz-" + role.name().toLowerCase();
            if (accounts.byUsername(username).isEmpty()) {
                accounts.create(username, PASSWORD, role, role.merchantScoped() ? demo.id() : null);
            }
            clients.put(role, new ConsoleClient(BASE).login(username, PASSWORD));
        }
    }

    @Test
    void everyRouteWhenEachRoleThenOnlyWhatTheRoleMayDo() {
        String inst = DemoTenant.INST_NO;
        String own = DemoTenant.MCH_NO;
        String foreignToken = tokens.issue(accounts.byUsername("authz-auditor").orElseThrow(), "foreign",
                ConsoleRole.AUDITOR, null).token().id();
        String foreignAccount = accounts.byUsername("authz-auditor").orElseThrow().id();
        // expected status per role: PLATFORM_ADMIN, OPERATOR, AUDITOR, MERCHANT_USER
        Map<Route, int[]> matrix = new java.util.LinkedHashMap<>();
        matrix.put(Route.get("/console"), new int[]{200, 200, 200, 302});
        matrix.put(Route.get("/console/institutions"), new int[]{200, 200, 200, 403});
        matrix.put(Route.get("/console/institutions?q=demo&page=0"), new int[]{200, 200, 200, 403});
        matrix.put(Route.post("/console/institutions", Map.of("instNo", "AUTHZ_{role}", "name", "机构")),
                new int[]{302, 302, 403, 403});
        matrix.put(Route.get("/console/institutions/" + inst), new int[]{200, 200, 200, 403});
        matrix.put(Route.post("/console/institutions/AUTHZ_{role}", Map.of("name", "改名")), new int[]{302, 302, 403, 403});
        matrix.put(Route.post("/console/institutions/AUTHZ_{role}/merchants", Map.of("mchNo", "MCH_AUTHZ_{role}",
                "name", "商户")), new int[]{302, 302, 403, 403});
        matrix.put(Route.post("/console/institutions/AUTHZ_{role}/channels/UNIONPAY", Map.of("mode", "SERVICE_PROVIDER",
                "setting.mchId", "898000000000001", "secret.key", "k-{host}-0123456789")), new int[]{302, 302, 403, 403});
        matrix.put(Route.get("/console/merchants"), new int[]{200, 200, 200, 403});
        matrix.put(Route.get("/console/merchants/" + own), new int[]{200, 200, 200, 200});
        matrix.put(Route.get("/console/merchants/" + OTHER), new int[]{200, 200, 200, 404});
        matrix.put(Route.get("/console/merchants/MCH_DOES_NOT_EXIST"), new int[]{404, 404, 404, 404});
        matrix.put(Route.post("/console/merchants/" + OTHER, Map.of("name", "另一个商户", "enabled", "true")),
                new int[]{302, 302, 403, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/apps", Map.of()), new int[]{200, 200, 403, 200});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/apps", Map.of()), new int[]{200, 200, 403, 404});
        matrix.put(Route.post("/console/merchants/" + own + "/whitelist", Map.of("url", "https://{host}.example.com/pay/")),
                new int[]{302, 302, 403, 302});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/whitelist", Map.of("url", "https://{host}.example.com/x/")),
                new int[]{302, 302, 403, 404});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/whitelist/nope/delete", Map.of()),
                new int[]{404, 404, 403, 404});
        matrix.put(Route.post("/console/merchants/" + own + "/qr", Map.of("appId", "", "name", "", "redirectUri", "")),
                new int[]{400, 400, 403, 400});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/qr", Map.of("appId", "", "name", "", "redirectUri", "")),
                new int[]{400, 400, 403, 404});
        matrix.put(Route.get("/console/merchants/" + OTHER + "/qr/nope.png"), new int[]{404, 404, 404, 404});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/channels/UNIONPAY", Map.of("mode", "SERVICE_PROVIDER",
                "setting.mchId", "898000000000002", "secret.key", "k-{host}-0123456789")), new int[]{302, 302, 403, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/channels/UNIONPAY", Map.of("mode", "SERVICE_PROVIDER")),
                new int[]{400, 400, 403, 403});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/channels/WECHAT_PAY/delete", Map.of()),
                new int[]{404, 404, 403, 403});
        matrix.put(Route.get("/console/whitelist-requests"), new int[]{200, 200, 200, 403});
        matrix.put(Route.get("/console/whitelist-requests?page=3"), new int[]{200, 200, 200, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/whitelist-requests/nope/approve", Map.of()),
                new int[]{404, 404, 403, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/whitelist-requests/nope/reject", Map.of("reason", "x")),
                new int[]{404, 404, 403, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/whitelist-requests/nope/withdraw", Map.of()),
                new int[]{403, 403, 403, 404});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/whitelist-requests/nope/withdraw", Map.of()),
                new int[]{403, 403, 403, 404});
        // Console apps: the app page, rotation, RSA key, sign types, enable/disable, QR SVG and A6 sheet
        String ownApp = "/console/merchants/" + own + "/apps/" + OWN_APP;
        String otherApp = "/console/merchants/" + OTHER + "/apps/" + OTHER_APP;
        matrix.put(Route.get(ownApp), new int[]{200, 200, 200, 200});
        matrix.put(Route.get(otherApp), new int[]{200, 200, 200, 404});
        matrix.put(Route.get("/console/merchants/" + own + "/apps/" + OTHER_APP), new int[]{404, 404, 404, 404});
        matrix.put(Route.get("/console/merchants/" + own + "/apps/app_does_not_exist"), new int[]{404, 404, 404, 404});
        matrix.put(Route.post(ownApp + "/rotate", Map.of("overlap", "PT1H")), new int[]{200, 200, 403, 200});
        matrix.put(Route.post(otherApp + "/rotate", Map.of("overlap", "PT1H")), new int[]{200, 200, 403, 404});
        matrix.put(Route.post(ownApp + "/rotate", Map.of("overlap", "P30D")), new int[]{400, 400, 403, 400});
        matrix.put(Route.post(ownApp + "/rsa", Map.of("rsaPublicKey", "not a key")), new int[]{400, 400, 403, 400});
        matrix.put(Route.post(otherApp + "/rsa", Map.of("rsaPublicKey", "not a key")), new int[]{400, 400, 403, 404});
        matrix.put(Route.post(ownApp + "/sign-types", Map.of("signType", "MD5")), new int[]{302, 302, 403, 302});
        matrix.put(Route.post(otherApp + "/sign-types", Map.of("signType", "MD5")), new int[]{302, 302, 403, 404});
        matrix.put(Route.post(ownApp + "/enabled", Map.of("enabled", "true")), new int[]{302, 302, 403, 403});
        matrix.put(Route.post(otherApp + "/enabled", Map.of("enabled", "true")), new int[]{302, 302, 403, 403});
        matrix.put(Route.get("/console/merchants/" + OTHER + "/qr/nope.svg"), new int[]{404, 404, 404, 404});
        matrix.put(Route.get("/console/merchants/" + OTHER + "/qr/nope/sheet"), new int[]{404, 404, 404, 404});
        matrix.put(Route.get("/console/try"), new int[]{200, 200, 200, 200});
        matrix.put(Route.post("/console/try", Map.of("appId", OWN_APP, "channel", "WECHAT_OA")), new int[]{200, 200, 200, 200});
        // the whitelist rows above gave the other merchant a target
        matrix.put(Route.post("/console/try", Map.of("appId", OTHER_APP, "channel", "WECHAT_OA")), new int[]{200, 200, 200, 404});
        matrix.put(Route.post("/console/try", Map.of("appId", OWN_APP, "channel", "NOPE")), new int[]{400, 400, 400, 400});
        matrix.put(Route.get("/console/try/result?appId=" + OTHER_APP), new int[]{200, 200, 200, 404});
        matrix.put(Route.get("/console/audit"), new int[]{200, 200, 200, 200});
        matrix.put(Route.get("/console/accounts"), new int[]{200, 403, 403, 403});
        matrix.put(Route.post("/console/accounts", Map.of("username", "x", "password", "short", "role", "AUDITOR")),
                new int[]{400, 403, 403, 403});
        matrix.put(Route.get("/console/password"), new int[]{200, 200, 200, 200});
        // API tokens: every role its own, never above its role; a platform admin every account's
        matrix.put(Route.get("/console/tokens"), new int[]{200, 200, 200, 200});
        matrix.put(Route.post("/console/tokens", Map.of("name", "t-{role}", "role", "AUDITOR")),
                new int[]{200, 200, 200, 400});
        matrix.put(Route.post("/console/tokens", Map.of("name", "t-{role}", "role", "MERCHANT_USER")),
                new int[]{400, 400, 400, 200});
        matrix.put(Route.post("/console/tokens", Map.of("name", "t-{role}", "role", "PLATFORM_ADMIN")),
                new int[]{200, 400, 400, 400});
        matrix.put(Route.post("/console/tokens", Map.of("name", "", "role", "AUDITOR")), new int[]{400, 400, 400, 400});
        matrix.put(Route.post("/console/tokens/" + foreignToken + "/revoke", Map.of()), new int[]{302, 404, 302, 404});
        matrix.put(Route.post("/console/tokens/nope/revoke", Map.of()), new int[]{404, 404, 404, 404});
        // TOTP: every account its own; only a platform admin resets another's
        matrix.put(Route.get("/console/totp"), new int[]{200, 200, 200, 200});
        matrix.put(Route.post("/console/totp/enrol", Map.of()), new int[]{302, 302, 302, 302});
        matrix.put(Route.post("/console/totp/confirm", Map.of("code", "abcdef")), new int[]{400, 400, 400, 400});
        matrix.put(Route.post("/console/totp/disable", Map.of("code", "abcdef")), new int[]{400, 400, 400, 400});
        matrix.put(Route.post("/console/accounts/nope/totp/reset", Map.of()), new int[]{404, 403, 403, 403});
        matrix.put(Route.post("/console/accounts/" + foreignAccount + "/totp/reset", Map.of()),
                new int[]{302, 403, 403, 403});
        // dashboard (issue 11): platform readers only, the figures are not kept per merchant
        matrix.put(Route.get("/console/dashboard"), new int[]{200, 200, 200, 403});
        matrix.put(Route.get("/console/dashboard?window=7d&node=forged-node"), new int[]{200, 200, 200, 403});
        // callbacks: platform roles every merchant's, a merchant user its own; an auditor reads, never retries
        ExchangeCallbackFixture callbacks = new ExchangeCallbackFixture(exchangeRequests, exchangeAuthorizations, outbox);
        String ownCallback = callbacks.authorized(OWN_APP, directory.merchantByMchNo(own).orElseThrow().id(), "authz",
                "http://127.0.0.1:9/cb");
        String otherCallback = callbacks.authorized(OTHER_APP, directory.merchantByMchNo(OTHER).orElseThrow().id(),
                "authz", "http://127.0.0.1:9/cb");
        matrix.put(Route.get("/console/callbacks"), new int[]{200, 200, 200, 200});
        matrix.put(Route.get("/console/callbacks?status=FAILED&merchant=" + OTHER + "&app=" + OTHER_APP
                + "&from=2026-01-01&to=2026-12-31&reference=x"), new int[]{200, 200, 200, 200});
        matrix.put(Route.get("/console/callbacks?status=BOGUS"), new int[]{400, 400, 400, 400});
        matrix.put(Route.get("/console/callbacks/" + ownCallback), new int[]{200, 200, 200, 200});
        matrix.put(Route.get("/console/callbacks/" + otherCallback), new int[]{200, 200, 200, 404});
        matrix.put(Route.get("/console/callbacks/nope"), new int[]{404, 404, 404, 404});
        matrix.put(Route.post("/console/callbacks/" + ownCallback + "/retry", Map.of()), new int[]{302, 302, 403, 302});
        matrix.put(Route.post("/console/callbacks/" + otherCallback + "/retry", Map.of()), new int[]{302, 302, 403, 404});
        matrix.put(Route.post("/console/callbacks/nope/retry", Map.of()), new int[]{404, 404, 404, 404});
        // channel test button: platform operators only; an unsaved kind or unknown owner is "not found"
        matrix.put(Route.post("/console/institutions/" + inst + "/channels/WECHAT_OA/test", Map.of()),
                new int[]{200, 200, 403, 403});
        matrix.put(Route.post("/console/institutions/ISV_DOES_NOT_EXIST/channels/WECHAT_OA/test", Map.of()),
                new int[]{404, 404, 403, 403});
        matrix.put(Route.post("/console/merchants/" + own + "/channels/WECHAT_PAY/test", Map.of()),
                new int[]{200, 200, 403, 403});
        matrix.put(Route.post("/console/merchants/" + OTHER + "/channels/WECHAT_PAY/test", Map.of()),
                new int[]{404, 404, 403, 403});
        matrix.put(Route.post("/console/merchants/MCH_DOES_NOT_EXIST/channels/WECHAT_PAY/test", Map.of()),
                new int[]{404, 404, 403, 403});

        List<String> wrong = new ArrayList<>();
        matrix.forEach((route, expected) -> {
            for (ConsoleRole role : ConsoleRole.values()) {
                String path = route.path().replace("{role}", role.name());
                Map<String, String> form = new java.util.LinkedHashMap<>();
                route.form().forEach((k, v) -> form.put(k, v.replace("{role}", role.name())
                        .replace("{host}", role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))));
                ConsoleClient client = clients.get(role);
                Hop answer = route.method().equals("GET") ? client.get(path) : client.post(path, form);
                if (answer.status() != expected[role.ordinal()]) {
                    wrong.add(route.method() + " " + path + " as " + role + ": " + answer.status() + " (expected "
                            + expected[role.ordinal()] + ")");
                }
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void merchantUserWhenAuditLogThenOnlyItsOwnMerchantsEvents() {
        ConsoleClient operator = clients.get(ConsoleRole.OPERATOR);
        assertThat(operator.post("/console/merchants/" + OTHER + "/whitelist",
                Map.of("url", "https://only-other.example.com/pay/")).status()).isEqualTo(302);
        assertThat(operator.get("/console/audit?q=only-other").body()).contains("only-other.example.com");
        assertThat(clients.get(ConsoleRole.MERCHANT_USER).get("/console/audit?q=only-other").body())
                .doesNotContain("only-other.example.com");
    }

    @Test
    void channelFormWhenUnusableThenRefusedWithTheAdminApisReasonAndNothingSaved() {
        ConsoleClient operator = clients.get(ConsoleRole.OPERATOR);
        operator.get("/console/institutions/" + DemoTenant.INST_NO);
        String institutionId = directory.institutionByInstNo(DemoTenant.INST_NO).orElseThrow().id();
        var before = admin.channel(io.payerid.core.tenant.OwnerType.INSTITUTION, institutionId,
                io.payerid.core.tenant.ChannelKind.ALIPAY);

        Hop alipay = operator.post("/console/institutions/" + DemoTenant.INST_NO + "/channels/ALIPAY",
                Map.of("mode", "DIRECT", "setting.appId", "2021000000000001"));
        Hop wechat = operator.post("/console/institutions/" + DemoTenant.INST_NO + "/channels/WECHAT_OA",
                Map.of("mode", "SERVICE_PROVIDER", "setting.appId", "wx_without_secret"));

        assertThat(alipay.status()).isEqualTo(400);
        assertThat(alipay.body()).contains("渠道配置无法使用").contains("ALIPAY");
        assertThat(wechat.status()).isEqualTo(400);
        assertThat(wechat.body()).contains("appSecret");
        assertThat(admin.channel(io.payerid.core.tenant.OwnerType.INSTITUTION, institutionId,
                io.payerid.core.tenant.ChannelKind.ALIPAY)).as("the seeded configuration is kept").isEqualTo(before);
    }

    @Test
    void anonymousWhenAnyConsolePageThenLoginPage() {
        ConsoleClient anonymous = new ConsoleClient(BASE);
        for (String path : List.of("/console", "/console/institutions", "/console/merchants/" + DemoTenant.MCH_NO,
                "/console/audit", "/console/accounts", "/console/tokens", "/console/dashboard")) {
            Hop answer = anonymous.get(path);
            assertThat(answer.status()).as(path).isEqualTo(303);
            assertThat(answer.location()).as(path).endsWith("/console/login");
        }
        assertThat(anonymous.post("/console/institutions", Map.of("instNo", "ANON", "name", "x")).status()).isEqualTo(303);
        assertThat(directory.institutionByInstNo("ANON")).isEmpty();
    }
}
