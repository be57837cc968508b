package io.payerid.server.dialect.exchange;

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
}
