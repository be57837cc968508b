package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.error.RedactedFailure;
import io.payerid.server.web.ClientFault;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Whatever escapes {@link JucaiAuth2OpenIdController} (an unexpected failure, or one Spring raises before the
 * method runs) is still answered in the seed's shape, unsigned, never as a stack trace or the generic
 * {@code {code, message}} body. Expected failures are answered, signed, by the controller itself.
 */
@RestControllerAdvice(assignableTypes = JucaiAuth2OpenIdController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class JucaiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(JucaiExceptionHandler.class);

    /** Spring's own refusals of a request are the caller's fault, not ours: a body it cannot read... */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        return JucaiAnswers.failure(PayerIdException.invalid("body is not readable JSON"), null, Map.of());
    }

    /** ...or a Content-Type it cannot even parse. */
    @ExceptionHandler(HttpMediaTypeException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeException e) {
        return JucaiAnswers.failure(PayerIdException.invalid("Content-Type must be application/json"), null, Map.of());
    }

    /** The per-client-address limit refuses before the controller runs. */
    @ExceptionHandler(PayerIdException.class)
    ResponseEntity<Map<String, Object>> refused(PayerIdException e) {
        return JucaiAnswers.failure(e, null, Map.of());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e) {
        Optional<ClientFault> fault = ClientFault.of(e);
        if (fault.isPresent()) {
            return JucaiAnswers.failure(PayerIdException.invalid(fault.get().description()), null, Map.of());
        }
        log.error("auth2OpenId failed unexpectedly", RedactedFailure.of(e));
        return JucaiAnswers.failure(new PayerIdException(ErrorCode.INTERNAL_ERROR, null), null, Map.of());
    }
}
