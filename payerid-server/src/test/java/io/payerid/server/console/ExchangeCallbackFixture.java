package io.payerid.server.console;

import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.server.dialect.exchange.ExchangeAuthRequest;
import io.payerid.server.dialect.exchange.ExchangeAuthRequests;
import io.payerid.server.dialect.exchange.ExchangeAuthorizations;
import io.payerid.server.dialect.exchange.ExchangeSignType;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.outbox.OutboxMessage;
import io.payerid.server.outbox.OutboxStatus;
import java.time.Duration;
import java.util.UUID;

/**
 * Seed 004 callbacks made the way the gateway makes them: a stored authorization request, then the payer's
 * authorization recorded by {@link ExchangeAuthorizations} (which enqueues the signed callback with its app). Only
 * the Alipay round trip in between is left out; {@code ExchangeAlipayAuthTest} covers it.
 */
final class ExchangeCallbackFixture {

    private final ExchangeAuthRequests requests;
    private final ExchangeAuthorizations authorizations;
    private final CallbackOutbox outbox;

    ExchangeCallbackFixture(ExchangeAuthRequests requests, ExchangeAuthorizations authorizations, CallbackOutbox outbox) {
        this.requests = requests;
        this.authorizations = authorizations;
        this.outbox = outbox;
    }

    /** The notification id of a new callback of the app (a merchant's appId) to {@code callbackUrl}. */
    String authorized(String appId, String merchantId, String serialPrefix, String callbackUrl) {
        String serialNo = serialPrefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ExchangeAuthRequest request = requests.create(appId, merchantId, serialNo, "customer-" + serialNo, callbackUrl,
                ExchangeSignType.MD5, System.currentTimeMillis() + Duration.ofMinutes(10).toMillis());
        authorizations.recordAuthorized(request.id(), new PayerIdentity(ChannelKind.ALIPAY, "2021000000000001",
                "open-" + serialNo, null, "2088000000000001", false, null));
        return requests.find(request.id()).orElseThrow().notificationId();
    }

    /** Waits until the callback has {@code status}; the message then. */
    OutboxMessage await(String notificationId, OutboxStatus status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            OutboxMessage message = outbox.find(notificationId).orElseThrow();
            if (message.status() == status) {
                return message;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("callback " + notificationId + " not " + status + ": " + message);
            }
            Thread.sleep(100);
        }
    }
}
