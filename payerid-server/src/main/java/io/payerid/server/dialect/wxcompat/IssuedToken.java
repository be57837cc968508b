package io.payerid.server.dialect.wxcompat;

import java.time.Instant;
import java.util.Optional;

/**
 * What the shared store keeps about one access token the gateway issued to a merchant app (the token
 * itself is only the key, hashed): the app, which endpoint issued it, its generation in that endpoint's
 * sequence for the app, and when it expires. Serialised as {@code "<family> <generation> <expiresAt ms> <appId>"}.
 */
record IssuedToken(Family family, long generation, Instant expiresAt, String appId) {

    /** The two WeChat endpoints keep separate token sequences: a fetch from one never retires the other's. */
    enum Family {
        /** {@code GET /cgi-bin/token}: a new token on every fetch. */
        CLASSIC,
        /** {@code POST /cgi-bin/stable_token}: the same token until it nears expiry or is forced. */
        STABLE
    }

    /** Empty for anything this class did not write. */
    static Optional<IssuedToken> parse(String raw) {
        String[] parts = raw == null ? new String[0] : raw.split(" ", 4);
        if (parts.length != 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new IssuedToken(Family.valueOf(parts[0]), Long.parseLong(parts[1]),
                    Instant.ofEpochMilli(Long.parseLong(parts[2])), parts[3]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    String serialize() {
        return family + " " + generation + " " + expiresAt.toEpochMilli() + " " + appId;
    }

    boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
