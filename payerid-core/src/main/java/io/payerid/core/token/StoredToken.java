package io.payerid.core.token;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A token as the holder keeps it in the shared store: its value, when to replace it, and when it dies.
 * Serialised as {@code "<refreshAt ms> <expiresAt ms> <value>"} (WeChat tokens contain no spaces).
 */
record StoredToken(String value, Instant refreshAt, Instant expiresAt) {

    static StoredToken of(AccessToken fetched, Instant now, Duration refreshMargin) {
        Duration lifetime = fetched.expiresIn();
        // The margin never takes more than half the lifetime: the stable endpoint may hand out a token
        // with only 300 s left, and a token due for replacement the moment it arrives would be fetched forever.
        Duration half = lifetime.dividedBy(2);
        Duration early = refreshMargin.compareTo(half) > 0 ? half : refreshMargin;
        Instant expiresAt = now.plus(lifetime);
        return new StoredToken(fetched.value(), expiresAt.minus(early), expiresAt);
    }

    /** Empty for anything this class did not write, so a corrupt entry is replaced instead of failing every call. */
    static Optional<StoredToken> parse(String raw) {
        String[] parts = raw == null ? new String[0] : raw.split(" ", 3);
        if (parts.length != 3 || parts[2].isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoredToken(parts[2], Instant.ofEpochMilli(Long.parseLong(parts[0])),
                    Instant.ofEpochMilli(Long.parseLong(parts[1]))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String serialize() {
        return refreshAt.toEpochMilli() + " " + expiresAt.toEpochMilli() + " " + value;
    }

    boolean dueForRefresh(Instant now) {
        return !now.isBefore(refreshAt);
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The token with the lifetime it has left at {@code now}; call only when not {@link #expired}. */
    AccessToken remaining(Instant now) {
        return new AccessToken(value, Duration.between(now, expiresAt));
    }

    @Override
    public String toString() {
        return "StoredToken[value=******, refreshAt=" + refreshAt + ", expiresAt=" + expiresAt + "]";
    }
}
