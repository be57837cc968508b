package io.payerid.sandbox.alipay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.sandbox.support.RandomTokens;

/**
 * One-time auth_codes: random, bound to the app they were issued for, usable once, dead after the
 * app's code lifetime (sandbox default 3 minutes, Alipay's shortest). Reuse, expiry and another app's
 * code all get the same answer from Alipay, isv.code-invalid, so redemption only says yes or no.
 *
 * <p>Deadlines are checked against the injected {@link Clock} so tests can move time; the cache expiry
 * only bounds memory.
 */
// Not shared with the other simulators' code stores: Alipay answers reuse, expiry and a foreign code alike.
public class AuthCodeStore {

    private static final int CODE_LENGTH = 32;
    private static final Duration RETENTION = Duration.ofDays(1).plusHours(1);
    private static final long MAX_CODES = 100_000;

    private record Entry(AuthGrant grant, Instant deadline, boolean redeemed) {
    }

    private final Clock clock;
    private final Cache<String, Entry> codes = Caffeine.newBuilder()
            .expireAfterWrite(RETENTION)
            .maximumSize(MAX_CODES)
            .build();

    public AuthCodeStore(Clock clock) {
        this.clock = clock;
    }

    public String issue(AuthGrant grant, Duration ttl) {
        String code = RandomTokens.alphanumeric(CODE_LENGTH);
        codes.put(code, new Entry(grant, clock.instant().plus(ttl), false));
        return code;
    }

    /** Atomic, so two concurrent exchanges of one code cannot both succeed. */
    public Optional<AuthGrant> redeem(String appId, String code) {
        AtomicReference<AuthGrant> redeemed = new AtomicReference<>();
        codes.asMap().computeIfPresent(code, (key, entry) -> {
            // Another app presenting the code must not burn it for its rightful owner.
            if (entry.redeemed() || !entry.grant().appId().equals(appId) || clock.instant().isAfter(entry.deadline())) {
                return entry;
            }
            redeemed.set(entry.grant());
            return new Entry(entry.grant(), entry.deadline(), true);
        });
        return Optional.ofNullable(redeemed.get());
    }
}
