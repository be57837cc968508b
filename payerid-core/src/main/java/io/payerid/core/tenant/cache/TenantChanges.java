package io.payerid.core.tenant.cache;

import java.util.function.Consumer;

/**
 * How tenant writes reach the configuration caches: at once on the writing node and, with a networked
 * implementation (Redis pub/sub), on every other node. Like {@code SharedStateStore}, in-process by default.
 * Subscribers must be quick and must not throw: they run on the publishing thread or the transport's.
 */
public interface TenantChanges {

    /** Tells every subscriber on this node at once, then (best effort) every other node. */
    void publish(TenantChange change);

    void subscribe(Consumer<TenantChange> subscriber);
}
