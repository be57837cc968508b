package io.payerid.core.tenant.cache;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One node: a change reaches this node's subscribers synchronously, before the write returns. */
public final class InProcessTenantChanges implements TenantChanges {

    private final List<Consumer<TenantChange>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(TenantChange change) {
        deliver(change);
    }

    @Override
    public void subscribe(Consumer<TenantChange> subscriber) {
        subscribers.add(subscriber);
    }

    /** Hands a change to this node's subscribers (also what a networked implementation does with a message). */
    public void deliver(TenantChange change) {
        for (Consumer<TenantChange> subscriber : subscribers) {
            subscriber.accept(change);
        }
    }
}
