package io.payerid.core.signing;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.MerchantApp;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * Authenticates a signed native request: the signature first (so nobody can burn another app's
 * nonces), then the timestamp window, then the nonce's first use within that window.
 * Parameter names: {@code timestamp} (epoch seconds or milliseconds), {@code nonce}, {@code signType}
 * (default MD5), {@code sign}.
 */
public final class SignedRequestVerifier {

    private static final int NONCE_MIN = 8;
    private static final int NONCE_MAX = 64;
    private static final long MILLIS_THRESHOLD = 100_000_000_000L;

    private final MerchantSignatures signatures;
    private final SharedStateStore store;
    private final Clock clock;
    private final Duration window;
    private final Duration nonceTtl;
    private final Duration retryGrace;

    public SignedRequestVerifier(MerchantSignatures signatures, SharedStateStore store, Clock clock, Duration window) {
        this(signatures, store, clock, window, Duration.ZERO);
    }

    /**
     * @param retryGrace how long after a nonce's first use {@link #verifyRetryable} still accepts the identical
     *                   signed request (a proxy retrying on another node); zero: never
     */
    public SignedRequestVerifier(MerchantSignatures signatures, SharedStateStore store, Clock clock, Duration window,
                                 Duration retryGrace) {
        this.signatures = signatures;
        this.store = store;
        this.clock = clock;
        this.window = window;
        // A nonce is remembered for the whole window on either side of the server's clock.
        this.nonceTtl = window.multipliedBy(2);
        this.retryGrace = retryGrace;
    }

    /** Returns the sign type used, so the answer can be signed the same way. Every nonce is used once. */
    public SignType verify(MerchantApp app, Map<String, String> params) {
        return verify(app, params, Duration.ZERO);
    }

    /**
     * {@link #verify} for a browser entry (a GET a proxy may retry on another node when the first died after
     * spending the nonce): the identical signed request, same signature, within the retry grace is served
     * again; any other request with a used nonce is still {@code NONCE_REUSED}. Safe because an entry only
     * starts a flow bound to the browser that sends it (see docs/architecture.md, "Node death").
     */
    public SignType verifyRetryable(MerchantApp app, Map<String, String> params) {
        return verify(app, params, retryGrace);
    }

    private SignType verify(MerchantApp app, Map<String, String> params, Duration grace) {
        SignType type = signType(app, params.get("signType"));
        String signature = required(params, "sign");
        String timestamp = required(params, "timestamp");
        String nonce = required(params, "nonce");
        if (!signatures.verify(app, type, params, signature)) {
            throw new PayerIdException(ErrorCode.INVALID_SIGNATURE, "sign does not match the parameters");
        }
        checkTimestamp(timestamp);
        if (!isWellFormedNonce(nonce)) {
            throw PayerIdException.invalid("nonce must be 8-64 characters of [A-Za-z0-9_-]");
        }
        String key = "nonce:" + app.appId() + ":" + nonce;
        // The signature stands for the exact request: no one without the key makes another one with it.
        String request = Digests.hmacSha256Hex(key, signature, HexCase.LOWER);
        if (!store.firstUseOrRetry(key, request, nonceTtl, grace)) {
            throw new PayerIdException(ErrorCode.NONCE_REUSED, "nonce was already used");
        }
        return type;
    }

    /** {@code [A-Za-z0-9_-]{8,64}}, checked by hand: the regex matcher was 2% of the redirect entry's CPU. */
    static boolean isWellFormedNonce(String nonce) {
        int length = nonce.length();
        if (length < NONCE_MIN || length > NONCE_MAX) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = nonce.charAt(i);
            boolean allowed = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
            if (!allowed) {
                return false;
            }
        }
        return true;
    }

    private SignType signType(MerchantApp app, String raw) {
        SignType type = raw == null || raw.isBlank() ? SignType.MD5 : SignType.fromWire(raw)
                .orElseThrow(() -> new PayerIdException(ErrorCode.UNSUPPORTED_SIGN_TYPE, "unknown signType " + raw));
        if (!app.accepts(type)) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_SIGN_TYPE, "signType " + type.wireName() + " is not enabled for this app");
        }
        return type;
    }

    private void checkTimestamp(String raw) {
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw PayerIdException.invalid("timestamp must be epoch seconds or milliseconds");
        }
        long millis = value < MILLIS_THRESHOLD ? value * 1000 : value;
        if (Math.abs(clock.millis() - millis) > window.toMillis()) {
            throw new PayerIdException(ErrorCode.STALE_TIMESTAMP,
                    "timestamp is more than " + window.toSeconds() + "s away from server time");
        }
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw PayerIdException.invalid(name + " is required");
        }
        return value;
    }
}
