package io.payerid.core.token;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The central access token (中控): every WeChat app's base token lives in the {@link SharedStateStore},
 * one entry per appid, and only this class fetches one. Three rules keep the gateway from revoking its
 * own tokens (a classic fetch retires the previous token after 5 minutes):
 * <ul>
 *   <li>a token is reused until {@code refreshMargin} before it expires;</li>
 *   <li>a missing or due token is fetched by one caller while the others wait for it (single flight
 *       through {@link SharedStateStore#computeIfAbsent}, across nodes with a networked store);</li>
 *   <li>a token the upstream rejected is dropped only if it is still the stored one (compare-then-delete),
 *       so a slow caller holding an old token cannot throw away the fresh one.</li>
 * </ul>
 */
public final class AccessTokenHolder {

    /** WeChat's "token invalid / not latest / expired" answers (WxJava's ACCESS_TOKEN_ERROR_CODES). */
    public static final Set<Integer> TOKEN_REJECTED_ERRCODES = Set.of(40001, 40014, 42001);

    private static final Logger log = LoggerFactory.getLogger(AccessTokenHolder.class);
    private static final String KEY_PREFIX = "wechat-access-token:";
    /** WeChat tokens live at most 7200 s; the stored value's own deadline decides reuse, this only frees memory. */
    private static final Duration STORE_TTL = Duration.ofSeconds(7200);

    private final SharedStateStore store;
    private final Clock clock;
    private final Duration refreshMargin;
    private final Map<TokenMode, AccessTokenSource> sources;

    public AccessTokenHolder(SharedStateStore store, Clock clock, Duration refreshMargin,
                             Map<TokenMode, AccessTokenSource> sources) {
        if (refreshMargin.isNegative()) {
            throw new IllegalArgumentException("refresh margin must not be negative: " + refreshMargin);
        }
        this.store = store;
        this.clock = clock;
        this.refreshMargin = refreshMargin;
        this.sources = new EnumMap<>(sources);
    }

    /** The app's current token with the lifetime it has left, fetched only when none is stored or it is due. */
    public AccessToken current(String appId, Secret secret, TokenMode mode) {
        String key = KEY_PREFIX + appId;
        String raw = store.computeIfAbsent(key, STORE_TTL, () -> fetch(appId, secret, mode));
        Instant now = clock.instant();
        Optional<StoredToken> stored = StoredToken.parse(raw).filter(token -> !token.dueForRefresh(now));
        if (stored.isPresent()) {
            return stored.get().remaining(now);
        }
        // Due or unreadable: drop exactly what we read, then one caller fetches the successor.
        store.deleteIfEquals(key, raw);
        String fresh = store.computeIfAbsent(key, STORE_TTL, () -> fetch(appId, secret, mode));
        Instant later = clock.instant();
        return StoredToken.parse(fresh).filter(token -> !token.expired(later)).map(token -> token.remaining(later))
                .orElseThrow(() -> new PayerIdException(ErrorCode.UPSTREAM_ERROR,
                        "WeChat issued an access token for " + appId + " that has already expired"));
    }

    /**
     * Drops {@code rejectedToken} if it is still the app's stored token; true when this call dropped it.
     * False means another caller already replaced it: the next {@link #current} returns that newer token.
     */
    public boolean invalidate(String appId, String rejectedToken) {
        String key = KEY_PREFIX + appId;
        Optional<String> raw = store.get(key);
        boolean stillCurrent = raw.flatMap(StoredToken::parse)
                .filter(token -> ConstantTime.equals(token.value(), rejectedToken))
                .isPresent();
        return stillCurrent && store.deleteIfEquals(key, raw.get());
    }

    /**
     * Passive refresh: reacts to an upstream errcode received for a call made with {@code usedToken}.
     * True when it was a token rejection, i.e. the call is worth repeating with {@link #current}.
     */
    public boolean onRejection(String appId, String usedToken, int errcode) {
        if (!TOKEN_REJECTED_ERRCODES.contains(errcode)) {
            return false;
        }
        if (invalidate(appId, usedToken)) {
            log.info("WeChat rejected the access token of {} (errcode {}); a new one will be fetched", appId, errcode);
        }
        return true;
    }

    private String fetch(String appId, Secret secret, TokenMode mode) {
        AccessTokenSource source = sources.get(mode);
        if (source == null) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "token mode " + mode + " is not available");
        }
        // Never forced: a non-forced call already returns the upstream's current token after a rejection,
        // and forced refreshes are rate-limited (stable_token: 20 a day).
        AccessToken fetched = source.fetch(appId, secret, false);
        log.info("Fetched a {} access token for {}, valid for {} s", mode, appId, fetched.expiresIn().toSeconds());
        return StoredToken.of(fetched, clock.instant(), refreshMargin).serialize();
    }
}
