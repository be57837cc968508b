package io.payerid.sandbox.wechatpay;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The payment codes the sandbox wallet has shown: 18 digits starting 10–14 (mainland users), alive for
 * {@code code-ttl} (WeChat: 1 minute). The first merchant that looks a code up owns it; another mch_id
 * is then refused, as WeChat binds the code to the merchant that queried it.
 *
 * <p>Deadlines are checked against the injected {@link Clock}, so tests can move time; the cache expiry
 * only bounds memory and keeps expired codes long enough to answer AUTHCODEEXPIRE rather than
 * AUTH_CODE_INVALID.
 */
// Not shared with the OAuth code stores: a payment code is bound to the first merchant that queries it, not redeemed.
final class PaymentCodes {

    private static final Duration EXPIRED_CODE_RETENTION = Duration.ofHours(1);
    private static final long MAX_CODES = 100_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(IssuedCode code, String boundMchId, AuthCodeError simulated) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry> codes;
    private final Map<String, String> currentByUser = new ConcurrentHashMap<>();

    PaymentCodes(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.codes = Caffeine.newBuilder()
                .expireAfterWrite(ttl.plus(EXPIRED_CODE_RETENTION))
                .maximumSize(MAX_CODES)
                .build();
    }

    Duration ttl() {
        return ttl;
    }

    /**
     * A new code for the user, which becomes the one their wallet shows.
     *
     * @param life      at most {@code code-ttl}: tests shorten it to see a code expire without waiting
     * @param simulated an error every lookup of this code answers, or null
     */
    IssuedCode issue(String userId, Duration life, AuthCodeError simulated) {
        if (life.isNegative() || life.isZero() || life.compareTo(ttl) > 0) {
            throw new IllegalArgumentException("a code lives more than 0 and at most " + ttl.toMillis() + " ms");
        }
        IssuedCode code;
        do {
            code = new IssuedCode(randomCode(), userId, clock.instant().plus(life));
        } while (codes.asMap().putIfAbsent(code.authCode(), new Entry(code, null, simulated)) != null);
        currentByUser.put(userId, code.authCode());
        return code;
    }

    /** What the user's wallet shows now: the last code issued while it lives, else a fresh one. */
    IssuedCode current(String userId) {
        String last = currentByUser.get(userId);
        Entry entry = last == null ? null : codes.getIfPresent(last);
        if (entry != null && clock.instant().isBefore(entry.code().expiresAt())) {
            return entry.code();
        }
        return issue(userId, ttl, null);
    }

    /** Atomic, so two merchants racing for one code cannot both bind it. */
    CodeCheck check(String authCode, String mchId) {
        AtomicReference<CodeCheck> outcome = new AtomicReference<>(new CodeCheck.Refused(AuthCodeError.AUTH_CODE_INVALID));
        codes.asMap().computeIfPresent(authCode, (key, entry) -> {
            CodeCheck result = judge(entry, mchId);
            outcome.set(result);
            return result instanceof CodeCheck.Holder && entry.boundMchId() == null
                    ? new Entry(entry.code(), mchId, entry.simulated()) : entry;
        });
        return outcome.get();
    }

    private CodeCheck judge(Entry entry, String mchId) {
        if (entry.simulated() != null) {
            return new CodeCheck.Refused(entry.simulated());
        }
        if (!clock.instant().isBefore(entry.code().expiresAt())) {
            return new CodeCheck.Refused(AuthCodeError.AUTHCODEEXPIRE);
        }
        if (entry.boundMchId() != null && !entry.boundMchId().equals(mchId)) {
            return new CodeCheck.Refused(AuthCodeError.AUTH_CODE_INVALID);
        }
        return new CodeCheck.Holder(entry.code().userId());
    }

    private static String randomCode() {
        StringBuilder digits = new StringBuilder(18).append(10 + RANDOM.nextInt(5));
        while (digits.length() < 18) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.toString();
    }
}
