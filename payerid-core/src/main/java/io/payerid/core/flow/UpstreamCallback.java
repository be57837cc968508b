package io.payerid.core.flow;

import java.util.Map;
import java.util.Optional;

/**
 * What an upstream's redirect brought back to our callback: its query parameters and the payer's
 * User-Agent (UnionPay derives the app identifier for the code exchange from it).
 */
public record UpstreamCallback(Map<String, String> params, String userAgent) {

    public UpstreamCallback {
        params = Map.copyOf(params);
        userAgent = userAgent == null ? "" : userAgent;
    }

    public Optional<String> param(String name) {
        return Optional.ofNullable(params.get(name)).filter(v -> !v.isBlank());
    }
}
