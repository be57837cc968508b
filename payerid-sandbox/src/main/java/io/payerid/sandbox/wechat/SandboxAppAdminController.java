package io.payerid.sandbox.wechat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers sandbox Official Accounts at runtime, so a test or a developer can create the app a
 * merchant configuration points at without restarting.
 *
 * <ul>
 *   <li>{@code POST {base}/apps} with {@code {"appid","secret","authDomains":[...],"openPlatformId"}}
 *       → 201, idempotent upsert;</li>
 *   <li>{@code GET {base}/apps/{appid}} → the app without its secret, or 404.</li>
 * </ul>
 * There is deliberately no authentication: this is a sandbox, only ever enabled on dev and test
 * deployments ({@code payerid.sandbox.enabled=true}), and its secrets are test secrets.
 */
public class SandboxAppAdminController {

    /** The JSON a client posts; validated by turning it into a {@link SandboxWechatApp}. */
    record AppRegistration(String appid, String secret, List<String> authDomains, String openPlatformId) {
    }

    private final SandboxWechatApps apps;
    private final SandboxWechatPaths paths;

    SandboxAppAdminController(SandboxWechatApps apps, SandboxWechatPaths paths) {
        this.apps = apps;
        this.paths = paths;
    }

    ServerResponse register(ServerRequest request) {
        SandboxWechatApp app;
        try {
            AppRegistration body = request.body(AppRegistration.class);
            app = new SandboxWechatApp(body.appid(), body.secret(), body.authDomains(), body.openPlatformId());
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, empty body: a client error, never a 500.
            return problem(HttpStatus.BAD_REQUEST, "expected JSON {appid, secret, authDomains, openPlatformId}");
        }
        apps.register(app);
        URI location = URI.create(request.servletRequest().getContextPath() + paths.apps() + "/" + app.appid());
        return ServerResponse.created(location).contentType(MediaType.APPLICATION_JSON).body(view(app));
    }

    ServerResponse find(ServerRequest request) {
        return apps.find(request.pathVariable("appid"))
                .map(app -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view(app)))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "unknown appid"));
    }

    /** Everything but the secret. */
    private static Map<String, Object> view(SandboxWechatApp app) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("appid", app.appid());
        view.put("authDomains", app.authDomains());
        view.put("openPlatformId", app.openPlatformId());
        return view;
    }

    private static ServerResponse problem(HttpStatus status, String message) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
