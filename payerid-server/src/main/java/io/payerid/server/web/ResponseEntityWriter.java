package io.payerid.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Writes an answer built as a {@link ResponseEntity} (a redirect, or a page as text) onto the servlet response
 * without Spring MVC's message converters: for the endpoints that answer outside the dispatcher
 * ({@link RedirectReturnValueHandler}, the redirect entry's own servlet). Headers are added, not set, so what
 * a filter or the handler already put there (the flow cookie, the security headers) stays.
 */
public final class ResponseEntityWriter {

    private ResponseEntityWriter() {
    }

    public static void write(ResponseEntity<?> entity, HttpServletResponse response) throws IOException {
        response.setStatus(entity.getStatusCode().value());
        for (Map.Entry<String, List<String>> header : entity.getHeaders().headerSet()) {
            for (String value : header.getValue()) {
                response.addHeader(header.getKey(), value);
            }
        }
        Object body = entity.getBody();
        if (body == null) {
            return;
        }
        if (!(body instanceof String text)) {
            throw new IllegalArgumentException("only a text body is written here, not " + body.getClass().getName());
        }
        MediaType type = entity.getHeaders().getContentType();
        Charset charset = type != null && type.getCharset() != null ? type.getCharset() : StandardCharsets.UTF_8;
        byte[] bytes = text.getBytes(charset);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
