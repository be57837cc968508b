package io.payerid.server.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenSource;
import io.payerid.core.token.TokenMode;

/**
 * Counts and times the central token's fetches from WeChat ({@code payerid.central.token.refreshes}, a timer:
 * its count is the number of refreshes). Only the holder fetches, rarely, so a tag list per call costs nothing.
 */
public class MeteredTokenSource implements AccessTokenSource {

    static final String NAME = "payerid.central.token.refreshes";

    private final AccessTokenSource source;
    private final TokenMode mode;
    private final MeterRegistry registry;

    public MeteredTokenSource(AccessTokenSource source, TokenMode mode, MeterRegistry registry) {
        this.source = source;
        this.mode = mode;
        this.registry = registry;
    }

    @Override
    public AccessToken fetch(String appId, Secret secret, boolean forceRefresh) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "error";
        try {
            AccessToken token = source.fetch(appId, secret, forceRefresh);
            outcome = "ok";
            return token;
        } catch (PayerIdException e) {
            outcome = e.code().name();
            throw e;
        } finally {
            sample.stop(Timer.builder(NAME).description("Central access token fetches from WeChat, by mode and outcome")
                    .tag("mode", mode.name()).tag("outcome", outcome).register(registry));
        }
    }
}
