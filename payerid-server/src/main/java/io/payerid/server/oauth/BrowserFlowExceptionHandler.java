package io.payerid.server.oauth;

import io.payerid.server.web.Redirects;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.server.web.BrowserFlow;
import io.payerid.server.web.PayerErrorPage;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Failures on endpoints a payer's browser visits: a redirect to the merchant when that is safe,
 * otherwise the zh-CN error page. Never JSON, never a stack trace.
 */
@ControllerAdvice(annotations = BrowserFlow.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class BrowserFlowExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(BrowserFlowExceptionHandler.class);

    @ExceptionHandler(MerchantRedirectError.class)
    public ResponseEntity<Void> toMerchant(MerchantRedirectError e) {
        log.info("flow refused, reported to merchant: {}", e.error().getMessage());
        return Redirects.found(e.location());
    }

    @ExceptionHandler(PayerIdException.class)
    public ResponseEntity<String> toPayer(PayerIdException e) {
        log.info("flow refused, shown to payer: {}", e.getMessage());
        return PayerErrorPage.render(e);
    }

    /** Tomcat refuses to decode a parameter with malformed percent-encoding (e.g. a lone {@code %}). */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<String> undecodableParameter(InvalidParameterException e) {
        log.info("flow refused, shown to payer: a parameter has malformed percent-encoding");
        return PayerErrorPage.render(ErrorCode.INVALID_REQUEST);
    }

    @ExceptionHandler(Exception.class)
    public ResponseEntity<String> unexpected(Exception e) {
        log.error("unexpected failure in a browser flow", RedactedFailure.of(e));
        return PayerErrorPage.render(ErrorCode.INTERNAL_ERROR);
    }

    /**
     * The same choice Spring makes among the handlers above, for a browser endpoint served outside the dispatcher
     * ({@link AuthorizeEntryServlet}): kept here, beside them, so a new handler is added to both.
     */
    public ResponseEntity<?> answerFor(Exception e) {
        return switch (e) {
            case MerchantRedirectError toMerchant -> toMerchant(toMerchant);
            case PayerIdException refused -> toPayer(refused);
            case InvalidParameterException undecodable -> undecodableParameter(undecodable);
            default -> unexpected(e);
        };
    }
}
