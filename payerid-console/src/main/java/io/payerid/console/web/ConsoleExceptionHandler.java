package io.payerid.console.web;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.console.session.ConsoleUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Console failures as the console's own error page (never a stack trace): refusals with their status, and
 * malformed requests as 400. A {@link PayerIdException} that reaches here (a store or database failure) shows
 * its code's status and its detail, which carries no secrets by convention.
 */
@ControllerAdvice(basePackages = "io.payerid.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ConsoleExceptionHandler {

    @ExceptionHandler(ConsoleRefusal.class)
    ModelAndView refused(ConsoleRefusal refusal, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, refusal.status(), refusal.messageKey(), null);
    }

    private static final Logger log = LoggerFactory.getLogger(ConsoleExceptionHandler.class);

    /** Malformed requests: missing or mistyped fields, undecodable percent-encoding, bodies of the wrong type. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            IllegalArgumentException.class, InvalidParameterException.class, ServletRequestBindingException.class,
            HttpMessageNotReadableException.class, HttpMediaTypeException.class})
    ModelAndView malformed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, 400, "error.badRequest", null);
    }

    @ExceptionHandler(PayerIdException.class)
    ModelAndView failed(PayerIdException e, HttpServletRequest request, HttpServletResponse response) {
        return page(request, response, e.code().httpStatus(), "error.failed", e.detail());
    }

    /** A bug: logged (redacted, as everywhere) and shown as the console's page, never as a trace. */
    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
        log.error("unexpected console failure", RedactedFailure.of(e));
        return page(request, response, 500, "error.failed", null);
    }

    /** The layout's header as on every page (exception handlers get no {@link ConsoleModel} attributes). */
    private static ModelAndView page(HttpServletRequest request, HttpServletResponse response, int status,
                                     String messageKey, String detail) {
        response.setStatus(status);
        ModelAndView page = new ModelAndView("console/error");
        ConsoleUser user = (ConsoleUser) request.getAttribute(ConsoleUser.REQUEST_ATTRIBUTE);
        page.addObject("me", user);
        page.addObject("csrf", user == null ? "" : user.csrfToken());
        page.addObject("status", status);
        page.addObject("messageKey", messageKey);
        page.addObject("detail", detail);
        return page;
    }
}
