package io.payerid.server.dialect.wxcompat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.store.SharedStateStore;
import io.payerid.server.dialect.wxcompat.IssuedToken.Family;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * The access tokens the gateway issues to merchant apps for the WeChat-compatible API: PayerID's own
 * credential of the app, never a WeChat token. Everything lives in the {@link SharedStateStore}, so any
 * node resolves a token another node issued.
 *
 * <p>Rotation follows WeChat: every fetch of a family takes the next generation number of the app (claimed
 * with {@code putIfAbsent}, so two nodes fetching at once still get distinct, ordered generations). A token
 * keeps working while no successor exists, for {@code rotationOverlap} after its successor was issued, and
 * not at all once a second successor exists.
 */
@Component
class MerchantAppTokens {

    /** A token as an issuing endpoint hands it out; {@code toString} never shows it. */
    record Grant(String accessToken, long expiresInSeconds) {
        @Override
        public String toString() {
            return "Grant[accessToken=******, expiresIn=" + expiresInSeconds + "]";
        }
    }

    /** A new token and what is stored about it. */
    private record Minted(String token, IssuedToken record) {
        @Override
        public String toString() {
            return "Minted[token=******, record=" + record + "]";
        }
    }

    private static final String TOKEN_KEY = "wxcompat-token:";
    private static final String GENERATION_KEY = "wxcompat-generation:";
    private static final String LATEST_KEY = "wxcompat-latest-generation:";
    private static final String STABLE_KEY = "wxcompat-stable-token:";
    /** Store keys hold a keyed digest of the token, not the token: keys may be visible to operators. */
    private static final String DIGEST_KEY = "payerid.wxcompat.access-token";
    /** Records outlive their token by this much, so a late caller hears 42001 "expired", not 40001. */
    private static final Duration EXPIRED_RETENTION = Duration.ofHours(1);
    private static final Pattern TOKEN_FORMAT = Pattern.compile("[A-Za-z0-9_-]{1,512}");
    private static final int TOKEN_BYTES = 64;
    private static final int MAX_CLAIMS = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SharedStateStore store;
    private final Clock clock;
    private final Duration lifetime;
    private final Duration overlap;

    MerchantAppTokens(SharedStateStore store, Clock clock, WxCompatProperties properties) {
        this.store = store;
        this.clock = clock;
        this.lifetime = properties.tokenLifetime();
        this.overlap = properties.rotationOverlap();
    }

    /** {@code /cgi-bin/token}: a new token; the previous one retires {@code rotationOverlap} from now. */
    Grant classic(String appId) {
        return new Grant(issue(Family.CLASSIC, appId).token(), lifetime.toSeconds());
    }

    /**
     * {@code /cgi-bin/stable_token}: the app's current stable token while it has at least
     * {@code rotationOverlap} left, else a new one; {@code forceRefresh} always issues a new one.
     */
    Grant stable(String appId, boolean forceRefresh) {
        String key = STABLE_KEY + appId;
        if (forceRefresh) {
            store.get(key).ifPresent(current -> store.deleteIfEquals(key, current));
        }
        String raw = store.computeIfAbsent(key, stableReuse(), () -> {
            Minted minted = issue(Family.STABLE, appId);
            return minted.record().expiresAt().toEpochMilli() + " " + minted.token();
        });
        String[] parts = raw.split(" ", 2);
        // Rounded up: a token issued a few milliseconds ago still reports its full lifetime, as WeChat's do.
        long leftMillis = Duration.between(clock.instant(), Instant.ofEpochMilli(Long.parseLong(parts[0]))).toMillis();
        return new Grant(parts[1], Math.max((leftMillis + 999) / 1000, 1));
    }

    /**
     * The app a presented token was issued to.
     *
     * @throws WxErrcodeException 41001 missing, 40001 unknown or retired by rotation, 42001 expired
     */
    String resolve(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw WxErrcodes.of(WxErrcodes.ACCESS_TOKEN_MISSING, "access_token missing");
        }
        if (!TOKEN_FORMAT.matcher(accessToken).matches()) {
            throw invalidCredential();
        }
        IssuedToken issued = store.get(TOKEN_KEY + digest(accessToken)).flatMap(IssuedToken::parse)
                .orElseThrow(MerchantAppTokens::invalidCredential);
        Instant now = clock.instant();
        if (retired(issued, now)) {
            throw invalidCredential();
        }
        if (issued.expired(now)) {
            throw WxErrcodes.of(WxErrcodes.ACCESS_TOKEN_EXPIRED, "access_token expired");
        }
        return issued.appId();
    }

    private Minted issue(Family family, String appId) {
        Instant now = clock.instant();
        long generation = claimGeneration(family, appId, now);
        Minted minted = new Minted(newToken(), new IssuedToken(family, generation, now.plus(lifetime), appId));
        store.put(TOKEN_KEY + digest(minted.token()), minted.record().serialize(), retention());
        return minted;
    }

    /** The next free generation number of (family, app); the slot holds when it was claimed. */
    private long claimGeneration(Family family, String appId, Instant now) {
        String latestKey = LATEST_KEY + family + ":" + appId;
        long candidate = store.get(latestKey).flatMap(MerchantAppTokens::parseLong).orElse(0L) + 1;
        for (int attempt = 0; attempt < MAX_CLAIMS; attempt++, candidate++) {
            if (store.putIfAbsent(generationKey(family, appId, candidate), Long.toString(now.toEpochMilli()), retention())) {
                store.put(latestKey, Long.toString(candidate), retention());
                return candidate;
            }
        }
        throw new PayerIdException(ErrorCode.INTERNAL_ERROR, "no free token generation for app " + appId);
    }

    /** WeChat's rule: a second successor retires a token at once, a first one after the overlap. */
    private boolean retired(IssuedToken token, Instant now) {
        if (store.get(generationKey(token.family(), token.appId(), token.generation() + 2)).isPresent()) {
            return true;
        }
        return store.get(generationKey(token.family(), token.appId(), token.generation() + 1))
                .flatMap(MerchantAppTokens::parseLong)
                .map(successorIssuedAt -> !now.isBefore(Instant.ofEpochMilli(successorIssuedAt).plus(overlap)))
                .orElse(false);
    }

    /** How long a stable token is handed out again: until {@code rotationOverlap} before it expires. */
    private Duration stableReuse() {
        Duration reuse = lifetime.minus(overlap);
        return reuse.compareTo(lifetime.dividedBy(2)) < 0 ? lifetime.dividedBy(2) : reuse;
    }

    private Duration retention() {
        return lifetime.plus(EXPIRED_RETENTION);
    }

    private static String generationKey(Family family, String appId, long generation) {
        return GENERATION_KEY + family + ":" + appId + ":" + generation;
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String token) {
        return Digests.hmacSha256Hex(DIGEST_KEY, token, HexCase.LOWER);
    }

    private static Optional<Long> parseLong(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static WxErrcodeException invalidCredential() {
        return WxErrcodes.of(WxErrcodes.INVALID_CREDENTIAL, "invalid credential, access_token is invalid or not latest");
    }
}
