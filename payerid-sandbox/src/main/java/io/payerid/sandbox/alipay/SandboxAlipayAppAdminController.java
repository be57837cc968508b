package io.payerid.sandbox.alipay;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.payerid.sandbox.support.RegistrationAdmin;
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
 */
public class SandboxAlipayAppAdminController extends RegistrationAdmin<SandboxAlipayApp> {

    /** The JSON a client posts; validated by turning it into a {@link SandboxAlipayApp}. */
    record AppRegistration(String appId, String appPublicKey, List<String> callbackDomains, String identityMode,
                           String appGroupId, Long authCodeTtlSeconds, String isvAppId, String appAuthToken,
                           String name) {

        SandboxAlipayApp toApp() {
            return new SandboxAlipayApp(appId, appPublicKey, callbackDomains, identityMode(identityMode), appGroupId,
                    authCodeTtlSeconds == null ? null : Duration.ofSeconds(authCodeTtlSeconds), isvAppId, appAuthToken,
                    name);
        }

        private static IdentityMode identityMode(String value) {
            return value == null || value.isBlank() ? null : IdentityMode.valueOf(value.trim().toUpperCase(Locale.ROOT));
        }
    }

    private final SandboxAlipayApps apps;

    SandboxAlipayAppAdminController(SandboxAlipayApps apps, SandboxAlipayPaths paths) {
        super(apps, paths.apps(), "appId",
                "expected JSON {appId, appPublicKey, callbackDomains, identityMode, appGroupId, authCodeTtlSeconds, name}");
        this.apps = apps;
    }

    @Override
    protected SandboxAlipayApp read(ServerRequest request) throws Exception {
        AppRegistration registration = request.body(AppRegistration.class);
        if (registration == null) {
            // A JSON null: say what is expected, not which method found nothing to call.
            throw new IllegalArgumentException("the body must be a JSON object");
        }
        try {
            return registration.toApp();
        } catch (NullPointerException e) {
            // A missing appPublicKey: a validation failure with its own message, like any other.
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    ServerResponse alipayPublicKey(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("alipayPublicKey", apps.alipayPublicKey()));
    }

    /** Everything but the app_auth_token, which is the ISV's credential. */
    @Override
    protected Map<String, Object> view(SandboxAlipayApp app) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("appId", app.appId());
        view.put("appPublicKey", app.appPublicKey());
        view.put("callbackDomains", app.callbackDomains());
        view.put("identityMode", app.identityMode().name().toLowerCase(Locale.ROOT));
        view.put("appGroupId", app.appGroupId());
        view.put("authCodeTtlSeconds", app.authCodeTtl() == null ? null : app.authCodeTtl().toSeconds());
        view.put("isvAppId", app.isvAppId());
        view.put("name", app.name());
        return view;
    }
}
