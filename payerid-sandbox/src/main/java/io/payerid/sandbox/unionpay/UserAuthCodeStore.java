package io.payerid.sandbox.unionpay;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * userAuthCodes: Base64 of 16 random bytes, like the real ones ({@code uskMsSXHS1KBLHZ90+iDzA==}, so
 * {@code +}, {@code /} and {@code =} do occur), single use, dead after {@code code-ttl} (UnionPay: 5 minutes).
 * A code is bound to the payer only: any merchant of the acquirer may redeem it, once.
 *
 * <p>Deadlines are checked against the injected {@link Clock} so tests can move time; the cache expiry only
 * bounds memory and keeps spent codes long enough to answer "used" or "expired" rather than "invalid".
 */
// Not shared with the other simulators' code stores: UnionPay binds a code to the payer only, and reports expiry.
public class UserAuthCodeStore {

    private static final int CODE_BYTES = 16;
    private static final Duration RETENTION = Duration.ofHours(1);
    private static final long MAX_CODES = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(String cardholderId, Instant deadline, boolean redeemed) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry> codes;

    public UserAuthCodeStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.codes = Caffeine.newBuilder().expireAfterWrite(ttl.plus(RETENTION)).maximumSize(MAX_CODES).build();
    }

    public String issue(SandboxCardholder cardholder) {
        byte[] raw = new byte[CODE_BYTES];
        RANDOM.nextBytes(raw);
        String code = Base64.getEncoder().encodeToString(raw);
        codes.put(code, new Entry(cardholder.id(), clock.instant().plus(ttl), false));
        return code;
    }

    /** Atomic, so two concurrent redemptions of one code cannot both succeed. */
    UserAuthCodeRedemption redeem(String code) {
        AtomicReference<UserAuthCodeRedemption> outcome = new AtomicReference<>(new UserAuthCodeRedemption.Unknown());
        codes.asMap().computeIfPresent(code, (key, entry) -> {
            UserAuthCodeRedemption result = judge(entry);
            outcome.set(result);
            return result instanceof UserAuthCodeRedemption.Redeemed ? new Entry(entry.cardholderId(), entry.deadline(), true) : entry;
        });
        return outcome.get();
    }

    private UserAuthCodeRedemption judge(Entry entry) {
        if (entry.redeemed()) {
            return new UserAuthCodeRedemption.AlreadyUsed();
        }
        if (clock.instant().isAfter(entry.deadline())) {
            return new UserAuthCodeRedemption.Expired();
        }
        return new UserAuthCodeRedemption.Redeemed(entry.cardholderId());
    }
}
