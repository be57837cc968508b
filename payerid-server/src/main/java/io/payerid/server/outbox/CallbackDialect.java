package io.payerid.server.outbox;

import java.util.Map;

/**
 * How one API's callbacks are signed and acknowledged. Signing happens per attempt, so every
 * attempt carries a fresh timestamp and nonce that pass the receiver's freshness checks.
 */
public interface CallbackDialect {

    String name();

    /** HTTP headers (signature included) for this attempt of the message. */
    Map<String, String> headers(OutboxMessage message);

    /** Whether the receiver's answer acknowledges the callback. */
    boolean acknowledged(int httpStatus, String body);
}
