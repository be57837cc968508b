package io.payerid.sandbox.alipay;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers sandbox Alipay apps at runtime and publishes the sandbox's Alipay public key.
 *
 * <ul>
 *   <li>{@code POST {base}/apps} with {@code {"appId","appPublicKey","callbackDomains":[...],
 *       "identityMode":"open_id|user_id|both","appGroupId","authCodeTtlSeconds","isvAppId","appAuthToken"}}
 *       → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/apps/{appId}} → the app without its app_auth_token, or 404;</li>
 *   <li>{@code GET {base}/alipay-public-key} → {@code {"alipayPublicKey":"MIIB..."}}, the key clients
 *       verify answers with.</li>
 * </ul>
 * No authentication on purpose: the sandbox is only enabled on dev and test deployments.
 */
public class SandboxAlipayAppAdminController {

    /** The JSON a client posts; validated by turning it into a {@link SandboxAlipayApp}. */
    record AppRegistration(String appId, String appPublicKey, List<String> callbackDomains, String identityMode,
                           String appGroupId, Long authCodeTtlSeconds, String isvAppId, String appAuthToken) {

        SandboxAlipayApp toApp() {
            return new SandboxAlipayApp(appId, appPublicKey, callbackDomains, identityMode(identityMode), appGroupId,
                    authCodeTtlSeconds == null ? null : Duration.ofSeconds(authCodeTtlSeconds), isvAppId, appAuthToken);
        }

        private static IdentityMode identityMode(String value) {
            return value == null || value.isBlank() ? null : IdentityMode.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }

    private final SandboxAlipayApps apps;
    private final SandboxAlipayPaths paths;

    SandboxAlipayAppAdminController(SandboxAlipayApps apps, SandboxAlipayPaths paths) {
        this.apps = apps;
        this.paths = paths;
    }

    ServerResponse register(ServerRequest request) {
        SandboxAlipayApp app;
        try {
            app = request.body(AppRegistration.class).toApp();
        } catch (IllegalArgumentException | NullPointerException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, empty body: a client error, never a 500.
            return problem(HttpStatus.BAD_REQUEST,
                    "expected JSON {appId, appPublicKey, callbackDomains, identityMode, appGroupId, authCodeTtlSeconds}");
        }
        apps.register(app);
        URI location = URI.create(request.servletRequest().getContextPath() + paths.apps() + "/" + app.appId());
        return ServerResponse.created(location).contentType(MediaType.APPLICATION_JSON).body(view(app));
    }

    ServerResponse find(ServerRequest request) {
        return apps.find(request.pathVariable("appId"))
                .map(app -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view(app)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown appId"));
    }

    ServerResponse alipayPublicKey(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("alipayPublicKey", apps.alipayPublicKey()));
    }

    /** Everything but the app_auth_token, which is the ISV's credential. */
    private static Map<String, Object> view(SandboxAlipayApp app) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("appId", app.appId());
        view.put("appPublicKey", app.appPublicKey());
        view.put("callbackDomains", app.callbackDomains());
        view.put("identityMode", app.identityMode().name().toLowerCase(java.util.Locale.ROOT));
        view.put("appGroupId", app.appGroupId());
        view.put("authCodeTtlSeconds", app.authCodeTtl() == null ? null : app.authCodeTtl().toSeconds());
        view.put("isvAppId", app.isvAppId());
        return view;
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message == null ? "invalid registration" : message));
    }
}
