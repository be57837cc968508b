package io.payerid.sandbox.wechat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.sandbox.support.RandomTokens;

/**
 * One-time authorization codes: random, bound to the appid they were issued for, usable once,
 * dead after {@code code-ttl} (WeChat: 5 minutes).
 *
 * <p>Deadlines are checked against the injected {@link Clock} so tests can move time; the cache
 * expiry only bounds memory and keeps a redeemed code around long enough to answer 40163 on reuse.
 */
// Not shared with the other simulators' code stores: WeChat tells reuse (40163) from an invalid code (40029).
public class OAuthCodeStore {

    private static final int CODE_LENGTH = 32;
    private static final Duration USED_CODE_RETENTION = Duration.ofHours(1);
    private static final long MAX_CODES = 100_000;

    private record Entry(OAuthGrant grant, Instant deadline, boolean redeemed) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry> codes;

    public OAuthCodeStore(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.codes = Caffeine.newBuilder()
                .expireAfterWrite(ttl.plus(USED_CODE_RETENTION))
                .maximumSize(MAX_CODES)
                .build();
    }

    public String issue(OAuthGrant grant) {
        String code = RandomTokens.alphanumeric(CODE_LENGTH);
        codes.put(code, new Entry(grant, clock.instant().plus(ttl), false));
        return code;
    }

    /** The grant behind a live or used code, without redeeming it (a quota is counted per user before a code is spent). */
    public java.util.Optional<OAuthGrant> peek(String code) {
        return java.util.Optional.ofNullable(codes.getIfPresent(code)).map(Entry::grant);
    }

    /** Atomic, so two concurrent exchanges of one code cannot both succeed. */
    public CodeRedemption redeem(String appid, String code) {
        AtomicReference<CodeRedemption> outcome = new AtomicReference<>(new CodeRedemption.Invalid());
        codes.asMap().computeIfPresent(code, (key, entry) -> {
            CodeRedemption result = judge(entry, appid);
            outcome.set(result);
            return result instanceof CodeRedemption.Redeemed ? new Entry(entry.grant(), entry.deadline(), true) : entry;
        });
        return outcome.get();
    }

    private CodeRedemption judge(Entry entry, String appid) {
        if (entry.redeemed()) {
            return new CodeRedemption.AlreadyUsed();
        }
        // Another app presenting the code must not burn it for its rightful owner.
        if (!entry.grant().appid().equals(appid) || clock.instant().isAfter(entry.deadline())) {
            return new CodeRedemption.Invalid();
        }
        return new CodeRedemption.Redeemed(entry.grant());
    }
}
