package io.payerid.sandbox.wechat;

import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Sandbox-only controls of the third-party platform simulator (unauthenticated, like every sandbox control):
 * <ul>
 *   <li>{@code POST {base}/components} {appid, secret, token, encodingAesKey, pushUrl} registers a platform;</li>
 *   <li>{@code POST {base}/components/{appid}/ticket} issues and pushes a component_verify_ticket now;</li>
 *   <li>{@code POST {base}/components/{appid}/push?info_type=unauthorized|updateauthorized&authorizer_appid=}
 *       withdraws or updates an account's authorization and pushes that event;</li>
 *   <li>{@code POST {base}/components/{appid}/prepared-ticket} answers a ticket push without posting it
 *       ({@code query}, {@code body}), for tests that post it themselves (twice, tampered, late).</li>
 * </ul>
 * Each push answers {@code {"status","answer","accepted"}}: what the platform replied.
 */
class ComponentControlController {

    private final SandboxComponents components;
    private final ComponentPusher pusher;

    ComponentControlController(SandboxComponents components, ComponentPusher pusher) {
        this.components = components;
        this.pusher = pusher;
    }

    ServerResponse register(ServerRequest request) {
        try {
            Map<String, Object> body = SandboxJson.object(request);
            SandboxComponent component = new SandboxComponent(SandboxJson.text(body, "appid"),
                    SandboxJson.text(body, "secret"), SandboxJson.text(body, "token"),
                    SandboxJson.text(body, "encodingAesKey"), SandboxJson.text(body, "pushUrl"));
            components.register(component);
            return json(HttpStatus.CREATED, Map.of("appid", component.appid()));
        } catch (IllegalArgumentException e) {
            return json(HttpStatus.BAD_REQUEST, Map.of("message",
                    "expected JSON {appid, secret, token, encodingAesKey (43 characters), pushUrl}"));
        }
    }

    ServerResponse pushTicket(ServerRequest request) {
        return component(request).map(c -> delivery(pusher.pushTicket(c))).orElseGet(ComponentControlController::unknown);
    }

    ServerResponse pushAuthorization(ServerRequest request) {
        Optional<SandboxComponent> component = component(request);
        String infoType = request.param("info_type").orElse("");
        String authorizer = request.param("authorizer_appid").orElse(null);
        if (component.isEmpty()) {
            return unknown();
        }
        if (authorizer == null || !(infoType.equals("unauthorized") || infoType.equals("updateauthorized"))) {
            return json(HttpStatus.BAD_REQUEST, Map.of("message", "info_type unauthorized|updateauthorized and authorizer_appid"));
        }
        String authCode = null;
        if (infoType.equals("unauthorized")) {
            components.revoke(component.get().appid(), authorizer);
        } else {
            authCode = components.authorize(component.get().appid(), authorizer);
        }
        return delivery(pusher.pushAuthorization(component.get(), infoType, authorizer, authCode));
    }

    ServerResponse preparedTicket(ServerRequest request) {
        return component(request).map(c -> {
            ComponentPusher.PreparedPush push = pusher.prepareTicket(c);
            return json(HttpStatus.OK, Map.of("query", push.query(), "body", push.body()));
        }).orElseGet(ComponentControlController::unknown);
    }

    private Optional<SandboxComponent> component(ServerRequest request) {
        return components.find(request.pathVariable("appid"));
    }

    private static ServerResponse delivery(ComponentPusher.Delivery delivery) {
        return json(HttpStatus.OK, Map.of("status", delivery.status(), "answer", delivery.answer(),
                "accepted", delivery.accepted()));
    }

    private static ServerResponse unknown() {
        return json(HttpStatus.NOT_FOUND, Map.of("message", "unknown component appid"));
    }

    private static ServerResponse json(HttpStatus status, Map<String, Object> body) {
        return ServerResponse.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
