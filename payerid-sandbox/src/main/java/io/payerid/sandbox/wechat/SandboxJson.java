package io.payerid.sandbox.wechat;

import java.util.Map;

import org.springframework.web.servlet.function.ServerRequest;

/** Reading the small JSON objects the sandbox's POST endpoints accept, never failing with a framework error. */
final class SandboxJson {

    private SandboxJson() {
    }

    /** The body as a JSON object; {@link IllegalArgumentException} when it is missing, not JSON, or not an object. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(ServerRequest request) {
        try {
            Map<String, Object> body = request.body(Map.class);
            if (body == null) {
                throw new IllegalArgumentException("empty body");
            }
            return body;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            // Unreadable JSON, wrong content type, a JSON array: all the client's mistake.
            throw new IllegalArgumentException("not a JSON object", e);
        }
    }

    /** A non-blank string field, else null. */
    static String text(Map<String, Object> body, String name) {
        return body.get(name) instanceof String s && !s.isBlank() ? s : null;
    }
}
