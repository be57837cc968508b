package io.payerid.sandbox.wechatpay;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.payerid.sandbox.wechat.SandboxUser;
import io.payerid.sandbox.wechat.SandboxUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code POST {base}/codes} with {@code {"user":"alice"}}: issues a payment code as the wallet would, so a
 * test needs no page scraping. Sandbox-only knobs: {@code ttlMillis} shortens this code's life (to watch
 * it expire without waiting a minute), {@code "simulate":"SYSTEMERROR"} makes every lookup of it answer
 * that err_code. Answers 201 {@code {"authCode","user","expiresAt"}} (expiresAt in epoch milliseconds).
 */
final class CodeIssueController {

    /** The JSON a client posts. */
    record CodeRequest(String user, Long ttlMillis, String simulate) {
    }

    private final SandboxUsers users;
    private final PaymentCodes codes;
    private final SandboxWechatPayPaths paths;

    CodeIssueController(SandboxUsers users, PaymentCodes codes, SandboxWechatPayPaths paths) {
        this.users = users;
        this.codes = codes;
        this.paths = paths;
    }

    ServerResponse issue(ServerRequest request) {
        CodeRequest body;
        try {
            body = request.body(CodeRequest.class);
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, empty body: a client error, never a 500.
            return problem("expected JSON {user, ttlMillis, simulate}");
        }
        if (body == null) {
            return problem("expected JSON {user, ttlMillis, simulate}");
        }
        SandboxUser user = users.find(body.user()).filter(u -> !u.snapshot()).orElse(null);
        if (user == null) {
            return problem("user must be a sandbox user who can pay (not a snapshot user)");
        }
        if (body.simulate() != null && !AuthCodeError.SYSTEMERROR.name().equals(body.simulate())) {
            return problem("simulate can only be SYSTEMERROR");
        }
        Duration life = body.ttlMillis() == null ? codes.ttl() : Duration.ofMillis(body.ttlMillis());
        if (life.isNegative() || life.isZero() || life.compareTo(codes.ttl()) > 0) {
            return problem("ttlMillis must be between 1 and " + codes.ttl().toMillis());
        }
        IssuedCode code = codes.issue(user.id(), life, body.simulate() == null ? null : AuthCodeError.SYSTEMERROR);
        return ServerResponse.created(URI.create(request.servletRequest().getContextPath() + paths.wallet()))
                .contentType(MediaType.APPLICATION_JSON).body(view(code));
    }

    private static Map<String, Object> view(IssuedCode code) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("authCode", code.authCode());
        view.put("user", code.userId());
        view.put("expiresAt", code.expiresAt().toEpochMilli());
        return view;
    }

    private static ServerResponse problem(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
