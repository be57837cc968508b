package io.payerid.server.web;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.server.requestid.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestValueException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * JSON errors for the API: {@code {"code":"<ErrorCode>","message":"...","requestId":"..."}} with the code's
 * HTTP status.
 * Lowest precedence, so browser-facing controllers (the OAuth pages) can render their own HTML errors.
 * Never returns stack traces or exception texts of unexpected failures; those are logged here.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** The error body of every JSON API. */
    public record ApiError(String code, String message, String requestId) {

        /** An error of the request this thread serves: its id lets support find the request's log lines. */
        public ApiError(String code, String message) {
            this(code, message, RequestIds.current());
        }
    }

    public static ResponseEntity<ApiError> error(ErrorCode code, String message) {
        return ResponseEntity.status(code.httpStatus())
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(code.name(), message == null ? code.message() : message));
    }

    @ExceptionHandler(PayerIdException.class)
    ResponseEntity<ApiError> payerId(PayerIdException e) {
        if (e.code().httpStatus() >= 500) {
            log.warn("Request failed: {}", e.getMessage(), e.getCause());
        }
        return RetryAfterHeader.added(error(e.code(), e.detail()), e.retryAfterSeconds());
    }

    @ExceptionHandler(BindException.class) // includes MethodArgumentNotValidException
    ResponseEntity<ApiError> invalidBody(BindException e) {
        List<String> problems = e.getBindingResult().getAllErrors().stream().map(ApiExceptionHandler::describe)
                .sorted().toList();
        return error(ErrorCode.INVALID_REQUEST, String.join("; ", problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ApiError> invalidParameters(HandlerMethodValidationException e) {
        String message = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> {
                    String name = r.getMethodParameter().getParameterName();
                    return (name == null ? "parameter" : name) + ": " + err.getDefaultMessage();
                }))
                .sorted()
                .collect(Collectors.joining("; "));
        return error(ErrorCode.INVALID_REQUEST, message.isEmpty() ? "invalid request parameters" : message);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> constraintViolation(ConstraintViolationException e) {
        String message = e.getConstraintViolations().stream()
                .map(v -> lastNode(v.getPropertyPath().toString()) + ": " + v.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        return error(ErrorCode.INVALID_REQUEST, message);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson) {
            String path = jsonPath(jackson);
            if (!path.isEmpty()) {
                Class<?> target = jackson instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
                String expected = target != null && target.isEnum()
                        ? " (one of " + Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                                .collect(Collectors.joining(", ")) + ")"
                        : "";
                return error(ErrorCode.INVALID_REQUEST, "request body field '" + path + "' has an invalid value" + expected);
            }
            return error(ErrorCode.INVALID_REQUEST, "request body is not valid JSON");
        }
        return error(ErrorCode.INVALID_REQUEST, "request body is missing or not readable");
    }

    /** Tomcat refuses to decode a parameter with malformed percent-encoding (e.g. a lone {@code %}). */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<ApiError> undecodableParameter(InvalidParameterException e) {
        return error(ErrorCode.INVALID_REQUEST, "a parameter has malformed percent-encoding");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return error(ErrorCode.INVALID_REQUEST, "missing parameter '" + e.getParameterName() + "'");
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return error(ErrorCode.INVALID_REQUEST, "missing part '" + e.getRequestPartName() + "'");
    }

    @ExceptionHandler(MissingRequestValueException.class) // headers, path variables, cookies
    ResponseEntity<ApiError> missingValue(MissingRequestValueException e) {
        return error(ErrorCode.INVALID_REQUEST, e.getBody().getDetail());
    }

    @ExceptionHandler(TypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(TypeMismatchException e) {
        String name = e.getPropertyName() == null ? "parameter" : e.getPropertyName();
        Class<?> type = e.getRequiredType();
        String expected = type != null && type.isEnum()
                ? "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "))
                : type == null ? "a valid value" : "a valid " + type.getSimpleName();
        return error(ErrorCode.INVALID_REQUEST, "'" + name + "' must be " + expected);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return error(ErrorCode.INVALID_REQUEST, "unsupported Content-Type; send application/json");
    }

    /** Answered in JSON all the same: an explicit Content-Type skips content negotiation for the error itself. */
    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return error(ErrorCode.NOT_ACCEPTABLE, null);
    }

    /** A wrong link opened in a payer's browser is a zh-CN page; API clients keep the JSON error. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    ResponseEntity<?> noSuchPath(Exception e, HttpServletRequest request) {
        if (HtmlPreference.wantsHtml(request)) {
            return PayerErrorPage.render(ErrorCode.NOT_FOUND);
        }
        return error(ErrorCode.NOT_FOUND, "no such resource");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        ResponseEntity<ApiError> response = error(ErrorCode.METHOD_NOT_ALLOWED,
                "method " + e.getMethod() + " is not allowed here");
        if (e.getSupportedHttpMethods() != null && !e.getSupportedHttpMethods().isEmpty()) {
            return ResponseEntity.status(response.getStatusCode())
                    .allow(e.getSupportedHttpMethods().toArray(org.springframework.http.HttpMethod[]::new))
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(response.getBody());
        }
        return response;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e) {
        if (e instanceof ErrorResponse spring) {
            return springError(e, spring.getStatusCode());
        }
        log.error("Unexpected error", RedactedFailure.of(e));
        return error(ErrorCode.INTERNAL_ERROR, ErrorCode.INTERNAL_ERROR.message());
    }

    /** Other Spring MVC exceptions that carry a status. */
    private static ResponseEntity<ApiError> springError(Exception e, HttpStatusCode status) {
        if (status.value() == 404) {
            return error(ErrorCode.NOT_FOUND, null);
        }
        if (status.value() == 405) {
            return error(ErrorCode.METHOD_NOT_ALLOWED, null);
        }
        if (status.is4xxClientError()) {
            return error(ErrorCode.INVALID_REQUEST, null);
        }
        log.error("Request failed", RedactedFailure.of(e));
        return error(ErrorCode.INTERNAL_ERROR, null);
    }

    private static String describe(ObjectError error) {
        if (error instanceof FieldError field) {
            return field.getField() + ": " + error.getDefaultMessage();
        }
        return error.getObjectName() + ": " + error.getDefaultMessage();
    }

    private static String jsonPath(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
