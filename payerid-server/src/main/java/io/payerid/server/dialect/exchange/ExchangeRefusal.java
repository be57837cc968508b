package io.payerid.server.dialect.exchange;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.ratelimit.RateLimitedException;

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

    /** A core failure in the vendor's terms; a rate-limit refusal keeps how long to wait. */
    public static ExchangeRefusal of(PayerIdException e) {
        if (e instanceof RateLimitedException limited) {
            return new RateLimited(limited);
        }
        return new ExchangeRefusal(ExchangeStatus.of(e.code()), e.detail());
    }

    /** Status 1 (the vendor's table has no frequency-limit status), answered with {@code Retry-After}. */
    public static final class RateLimited extends ExchangeRefusal {

        private final long retryAfterSeconds;

        RateLimited(RateLimitedException e) {
            super(ExchangeStatus.of(e.code()), e.detail() + "; retry after " + e.retryAfterSeconds() + " s");
            this.retryAfterSeconds = e.retryAfterSeconds();
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }
}
