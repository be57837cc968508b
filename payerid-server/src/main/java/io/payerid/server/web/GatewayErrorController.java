package io.payerid.server.web;

import io.payerid.core.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container's error dispatch ({@code /error}) answers, instead of Spring Boot's default
 * controller, which answered 500 to anyone who simply requested {@code /error}. A direct request is a 404
 * like any unknown path; a real error dispatch keeps its status and gets the gateway's own error shape:
 * the zh-CN payer page for a browser that asked for HTML, the JSON error otherwise.
 */
@Controller
public class GatewayErrorController implements ErrorController {

    @RequestMapping("/error")
    public ResponseEntity<?> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        ErrorCode code = status instanceof Integer value ? codeFor(value) : ErrorCode.NOT_FOUND;
        if (HtmlPreference.wantsHtml(request)) {
            return PayerErrorPage.render(code);
        }
        return ResponseEntity.status(code.httpStatus()).contentType(MediaType.APPLICATION_JSON)
                .body(new ApiExceptionHandler.ApiError(code.name(), code.message()));
    }

    static ErrorCode codeFor(int status) {
        return switch (status) {
            case 401 -> ErrorCode.UNAUTHORIZED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 503 -> ErrorCode.UPSTREAM_UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.INVALID_REQUEST : ErrorCode.INTERNAL_ERROR;
        };
    }
}
