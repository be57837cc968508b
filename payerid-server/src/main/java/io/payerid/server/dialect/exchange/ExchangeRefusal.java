package io.payerid.server.dialect.exchange;

import io.payerid.core.error.PayerIdException;
import java.util.OptionalLong;

/**
 * A request this dialect answers with a non-success status. The message goes to the merchant: never
 * a secret, never an exception text. No stack trace is captured: it is an answer, not a fault.
 */
public class ExchangeRefusal extends RuntimeException {

    private final ExchangeStatus status;

    public ExchangeRefusal(ExchangeStatus status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public ExchangeStatus status() {
        return status;
    }

    /** A core failure in the vendor's terms; a refusal that says how long to wait keeps it. */
    public static ExchangeRefusal of(PayerIdException e) {
        OptionalLong wait = e.retryAfterSeconds();
        if (wait.isPresent()) {
            return new RateLimited(e, wait.getAsLong());
        }
        return new ExchangeRefusal(ExchangeStatus.of(e.code()), e.detail());
    }

    /** How long to wait ({@code Retry-After}) when the refusal says so. */
    public OptionalLong retryAfterSeconds() {
        return OptionalLong.empty();
    }

    /** Status 1 (the vendor's table has no frequency-limit status), answered with {@code Retry-After}. */
    public static final class RateLimited extends ExchangeRefusal {

        private final long retryAfterSeconds;

        RateLimited(PayerIdException e, long retryAfterSeconds) {
            super(ExchangeStatus.of(e.code()), e.detail() + "; retry after " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        @Override
        public OptionalLong retryAfterSeconds() {
            return OptionalLong.of(retryAfterSeconds);
        }
    }
}
