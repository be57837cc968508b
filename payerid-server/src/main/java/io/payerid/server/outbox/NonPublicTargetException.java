package io.payerid.server.outbox;

import java.net.UnknownHostException;

/**
 * A callback host resolved to an address off the public internet. An {@link UnknownHostException} because
 * that is what a resolver may throw; the deliverer records it as a refusal, never as a retryable error.
 */
final class NonPublicTargetException extends UnknownHostException {

    NonPublicTargetException(String host, String address, String reason) {
        super(host + " resolves to " + address + ", which is not public (" + reason + ")");
    }
}
