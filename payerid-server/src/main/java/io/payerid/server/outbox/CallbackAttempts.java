package io.payerid.server.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;

/** Counts callback delivery attempts as {@code payerid.callbacks.attempts} by outcome, one counter per outcome. */
class CallbackAttempts {

    static final String NAME = "payerid.callbacks.attempts";

    private final Map<DeliveryAttempt.Outcome, Counter> byOutcome = new EnumMap<>(DeliveryAttempt.Outcome.class);

    CallbackAttempts(MeterRegistry registry) {
        for (DeliveryAttempt.Outcome outcome : DeliveryAttempt.Outcome.values()) {
            byOutcome.put(outcome, Counter.builder(NAME).description("Merchant callback delivery attempts, by outcome")
                    .tag("outcome", outcome.name()).register(registry));
        }
    }

    void record(DeliveryAttempt attempt) {
        byOutcome.get(attempt.outcome()).increment();
    }
}
