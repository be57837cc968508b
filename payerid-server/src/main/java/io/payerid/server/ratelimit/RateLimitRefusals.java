package io.payerid.server.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts refusals as {@code payerid.ratelimit.refusals} by the bucket's scope: a client address, an app, or
 * a merchant (seeds 001/002). The three counters are registered up front: a refusal, often one of a flood,
 * costs one increment.
 */
public class RateLimitRefusals {

    static final String NAME = "payerid.ratelimit.refusals";

    private final Counter client;
    private final Counter app;
    private final Counter merchant;

    public RateLimitRefusals(MeterRegistry registry) {
        client = counter(registry, "client");
        app = counter(registry, "app");
        merchant = counter(registry, "merchant");
    }

    private static Counter counter(MeterRegistry registry, String scope) {
        return Counter.builder(NAME).description("Requests refused by a rate limit, by the bucket's scope")
                .tag("scope", scope).register(registry);
    }

    void client() {
        client.increment();
    }

    void app() {
        app.increment();
    }

    void merchant() {
        merchant.increment();
    }
}
