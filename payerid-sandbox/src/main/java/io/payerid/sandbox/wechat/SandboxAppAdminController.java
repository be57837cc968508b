package io.payerid.sandbox.wechat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.payerid.sandbox.support.RegistrationAdmin;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * Registers sandbox Official Accounts at runtime, so a test or a developer can create the app a
 * merchant configuration points at without restarting.
 *
 * <ul>
 *   <li>{@code POST {base}/apps} with {@code {"appid","secret","authDomains":[...],"openPlatformId","name"}}
 *       → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/apps/{appid}} → the app without its secret, or 404.</li>
 * </ul>
 */
public class SandboxAppAdminController extends RegistrationAdmin<SandboxWechatApp> {

    /** The JSON a client posts; validated by turning it into a {@link SandboxWechatApp}. */
    record AppRegistration(String appid, String secret, List<String> authDomains, String openPlatformId, String name) {
    }

    SandboxAppAdminController(SandboxWechatApps apps, SandboxWechatPaths paths) {
        super(apps, paths.apps(), "appid", "expected JSON {appid, secret, authDomains, openPlatformId, name}");
    }

    @Override
    protected SandboxWechatApp read(ServerRequest request) throws Exception {
        AppRegistration body = request.body(AppRegistration.class);
        return new SandboxWechatApp(body.appid(), body.secret(), body.authDomains(), body.openPlatformId(),
                body.name());
    }

    /** Everything but the secret. */
    @Override
    protected Map<String, Object> view(SandboxWechatApp app) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("appid", app.appid());
        view.put("authDomains", app.authDomains());
        view.put("openPlatformId", app.openPlatformId());
        view.put("name", app.name());
        return view;
    }
}
