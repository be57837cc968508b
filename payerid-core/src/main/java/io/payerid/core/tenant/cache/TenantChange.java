package io.payerid.core.tenant.cache;

import io.payerid.core.tenant.OwnerType;
import java.util.Objects;

/**
 * What an operator write changed, as the caches need to hear it: a scope and the internal id it names. Sent
 * between nodes as {@code "<SCOPE> <id>"}; ids are the gateway's own internal ids, never secrets.
 *
 * @param scope what kind of record changed
 * @param id    the internal id of the institution, merchant or app, or a QR entry's code (empty for
 *              {@link Scope#EVERYTHING})
 */
public record TenantChange(Scope scope, String id) {

    /** What a change touches; {@link #EVERYTHING} drops every cached entry. */
    public enum Scope {
        INSTITUTION,
        MERCHANT,
        /** An app, keyed by its internal id ({@code MerchantApp.id()}). */
        APP,
        /** An institution's own channel configurations: every merchant under it that falls back to them. */
        INSTITUTION_CHANNELS,
        /** A merchant's own channel configurations. */
        MERCHANT_CHANNELS,
        WHITELIST,
        /** An app's rate-limit override, keyed by the app's internal id. */
        RATE_LIMIT,
        /** A counter QR entry, keyed by its code. */
        QR_ENTRY,
        EVERYTHING
    }

    private static final TenantChange EVERYTHING_CHANGED = new TenantChange(Scope.EVERYTHING, "");

    public TenantChange {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
    }

    /** Messages may have been lost (a pub/sub reconnect): nothing cached can be trusted. */
    public static TenantChange everything() {
        return EVERYTHING_CHANGED;
    }

    public static TenantChange channelsOf(OwnerType ownerType, String ownerId) {
        return new TenantChange(ownerType == OwnerType.INSTITUTION ? Scope.INSTITUTION_CHANNELS : Scope.MERCHANT_CHANNELS,
                ownerId);
    }

    public String wire() {
        return scope.name() + " " + id;
    }

    /** The change a message names; a message this node cannot read (a newer node's scope) drops everything. */
    public static TenantChange fromWire(String message) {
        if (message == null) {
            return everything();
        }
        int space = message.indexOf(' ');
        if (space <= 0) {
            return everything();
        }
        try {
            Scope scope = Scope.valueOf(message.substring(0, space));
            String id = message.substring(space + 1);
            return scope == Scope.EVERYTHING || id.isEmpty() ? everything() : new TenantChange(scope, id);
        } catch (IllegalArgumentException unknownScope) {
            return everything();
        }
    }
}
