package io.payerid.server.dialect.exchange;

import io.payerid.core.error.PayerIdException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Refusals raised before seed 004's JSON endpoints run (the per-client-address rate limit) are answered in the
 * seed's shape too, unsigned: the caller is not authenticated yet. Everything else these controllers answer
 * themselves.
 */
@RestControllerAdvice(assignableTypes = {ExchangeAuthUrlController.class, ExchangePlatformKeyController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExchangeExceptionHandler {

    private final ExchangeResponses responses;

    ExchangeExceptionHandler(ExchangeResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(PayerIdException.class)
    ResponseEntity<String> refused(PayerIdException e) {
        return responses.refusal(null, ExchangeRefusal.of(e));
    }
}
