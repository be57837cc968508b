package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.AuditLog;
import io.payerid.console.token.ApiToken;
import io.payerid.console.token.ApiTokens;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.logguard.LogGuard;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Account API tokens on the admin API over HTTP: each role's scope, a merchant token kept to its own merchant,
 * revoked/expired tokens and disabled accounts refused with 401, the operator token unchanged, the audit actor.
 */
class AccountTokenAuthTest extends GatewayTest {

    private static final String OTHER = "MCH_TOKEN_OTHER";
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    ApiTokens tokens;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    AuditLog audit;

    private Merchant demo;

    @BeforeEach
    void tenants() {
        seeder.seed();
        demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        if (directory.merchantByMchNo(OTHER).isEmpty()) {
            admin.createMerchant(demo.institutionId(), OTHER, "另一个商户", true);
        }
    }

    @Test
    void merchantTokenWhenOwnMerchantThenAllowedAndOtherMerchantNotFound() throws Exception {
        String token = tokenOf("tok-merchant", ConsoleRole.MERCHANT_USER, demo.id(), ConsoleRole.MERCHANT_USER, null);

        assertThat(send("GET", "/admin/v1/merchants/" + DemoTenant.MCH_NO + "/apps", null, token).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/admin/v1/merchants/" + DemoTenant.MCH_NO, null, token).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/admin/v1/merchants/" + DemoTenant.MCH_NO + "/whitelist",
                "{\"url\":\"https://token-merchant.example.com/pay/\"}", token).statusCode()).isEqualTo(201);
        HttpResponse<String> other = send("GET", "/admin/v1/merchants/" + OTHER + "/apps", null, token);
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("\"code\":\"NOT_FOUND\"");
        assertThat(send("GET", "/admin/v1/merchants/MCH_NOT_THERE/whitelist", null, token).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/admin/v1/merchants/" + OTHER + "/whitelist",
                "{\"url\":\"https://token-other.example.com/pay/\"}", token).statusCode()).isEqualTo(404);
        assertThat(directory.whitelist(directory.merchantByMchNo(OTHER).orElseThrow().id())).isEmpty();
        HttpResponse<String> institutions = send("GET", "/admin/v1/institutions", null, token);
        assertThat(institutions.statusCode()).isEqualTo(403);
        assertThat(institutions.body()).contains("\"code\":\"FORBIDDEN\"");
        assertThat(send("PATCH", "/admin/v1/merchants/" + DemoTenant.MCH_NO, "{\"enabled\":false}", token).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", "/admin/v1/callbacks", null, token).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/actuator/metrics", null, token).statusCode()).isEqualTo(403);
        assertThat(send("GET", "/admin/v1/apps/" + DemoTenant.APP_ID, null, token).statusCode()).isEqualTo(200);
        assertThat(directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow().enabled()).isTrue();
    }

    @Test
    void auditorTokenWhenReadingThenAllowedAndWhenChangingThenForbidden() throws Exception {
        String token = tokenOf("tok-auditor", ConsoleRole.AUDITOR, null, ConsoleRole.AUDITOR, null);

        assertThat(send("GET", "/admin/v1/institutions", null, token).statusCode()).isEqualTo(200);
        assertThat(send("GET", "/admin/v1/merchants/" + OTHER + "/apps", null, token).statusCode()).isEqualTo(200);
        assertThat(send("POST", "/admin/v1/institutions", "{\"instNo\":\"TOKEN_AUDITOR\",\"name\":\"x\"}", token)
                .statusCode()).isEqualTo(403);
        assertThat(directory.institutionByInstNo("TOKEN_AUDITOR")).isEmpty();
    }

    @Test
    void operatorScopedTokenOfAnAdminWhenChangingThenAllowedAndAuditedUnderItsName() throws Exception {
        String token = tokenOf("tok-admin", ConsoleRole.PLATFORM_ADMIN, null, ConsoleRole.OPERATOR, null);

        assertThat(send("POST", "/admin/v1/institutions", "{\"instNo\":\"TOKEN_OPERATOR\",\"name\":\"x\"}", token)
                .statusCode()).isEqualTo(201);
        assertThat(audit.search("/admin/v1/institutions", null, 0, 50))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("token:tok-admin/script"));
        ApiToken used = tokens.ofAccount(accounts.byUsername("tok-admin").orElseThrow().id()).getFirst();
        assertThat(used.lastUsedAt()).isNotNull();
    }

    @Test
    void tokenWhenRevokedExpiredOrAccountDisabledThenUnauthorized() throws Exception {
        String revoked = tokenOf("tok-revoked", ConsoleRole.OPERATOR, null, ConsoleRole.OPERATOR, null);
        ConsoleAccount revokedOwner = accounts.byUsername("tok-revoked").orElseThrow();
        tokens.revoke(tokens.ofAccount(revokedOwner.id()).getFirst().id());
        String expired = tokenOf("tok-expired", ConsoleRole.OPERATOR, null, ConsoleRole.OPERATOR,
                System.currentTimeMillis() - 1000);
        String disabled = tokenOf("tok-disabled", ConsoleRole.OPERATOR, null, ConsoleRole.OPERATOR, null);
        accounts.setEnabled(accounts.byUsername("tok-disabled").orElseThrow().id(), false);
        String forged = "pid_" + "A".repeat(43);

        for (String token : new String[]{revoked, expired, disabled, forged, "pid_short"}) {
            HttpResponse<String> answer = send("GET", "/admin/v1/institutions", null, token);
            assertThat(answer.statusCode()).as(token.substring(0, 8)).isEqualTo(401);
            assertThat(answer.body()).contains("\"code\":\"UNAUTHORIZED\"").doesNotContain(token);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }

    @Test
    void operatorTokenWhenUsedThenStillWholeAccessAndAuditedAsBefore() throws Exception {
        assertThat(send("POST", "/admin/v1/institutions", "{\"instNo\":\"TOKEN_LEGACY\",\"name\":\"x\"}",
                "test-operator-token").statusCode()).isEqualTo(201);
        assertThat(audit.search("/admin/v1/institutions", null, 0, 50))
                .anySatisfy(e -> assertThat(e.actor()).isEqualTo("api:operator-token"));
    }

    @Test
    void issueWhenRoleAboveTheAccountsThenRefused() {
        ConsoleAccount auditor = account("tok-climber", ConsoleRole.AUDITOR, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tokens.issue(auditor, "x", ConsoleRole.OPERATOR, null))
                .hasMessageContaining("cannot issue");
    }

    private String tokenOf(String username, ConsoleRole accountRole, String merchantId, ConsoleRole scope, Long expiresAt) {
        String value = tokens.issue(account(username, accountRole, merchantId), "script", scope, expiresAt).value();
        return LogGuard.secret(value);
    }

    private ConsoleAccount account(String username, ConsoleRole role, String merchantId) {
        return accounts.byUsername(username)
                .orElseGet(() -> accounts.create(username, "correct-horse-battery", role, merchantId));
    }

    private HttpResponse<String> send(String method, String path, String json, String token)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
