package io.payerid.core.seal;

import io.payerid.core.crypto.AesGcm;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.flow.FlowContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * Seals a {@link FlowContext} with AES-256-GCM into a compact, URL-safe token
 * {@code <keyId>.<base64url(iv||ciphertext||tag)>} that any node holding the key ring can open.
 * The key id makes rotation possible; the associated data binds the token to this purpose.
 */
public final class SealedState {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{1,16}\\.[A-Za-z0-9_-]{20,4000}");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final KeyRing keys;
    private final Clock clock;
    private final Map<String, byte[]> associatedData = new ConcurrentHashMap<>();

    public SealedState(KeyRing keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public String seal(FlowContext context) {
        byte[] sealed = AesGcm.encrypt(keys.current(), FlowContextCodec.encode(context), aad(keys.currentId()));
        return keys.currentId() + "." + ENCODER.encodeToString(sealed);
    }

    /**
     * Opens a token. Malformed, tampered, or sealed under an unknown key: FLOW_STATE_INVALID;
     * past its expiry: FLOW_EXPIRED.
     */
    public FlowContext open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw invalid();
        }
        int dot = token.indexOf('.');
        String keyId = token.substring(0, dot);
        SecretKey key = keys.byId(keyId).orElseThrow(SealedState::invalid);
        byte[] blob = decode(token.substring(dot + 1));
        byte[] plain = AesGcm.decrypt(key, blob, aad(keyId)).orElseThrow(SealedState::invalid);
        FlowContext context = FlowContextCodec.decode(plain).orElseThrow(SealedState::invalid);
        if (clock.instant().getEpochSecond() > context.expiresAt()) {
            throw new PayerIdException(ErrorCode.FLOW_EXPIRED, "authorization flow expired");
        }
        return context;
    }

    /** A cut-off token can have a length no base64 text has (e.g. 4n+1 characters). */
    private static byte[] decode(String base64url) {
        try {
            return DECODER.decode(base64url);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Built once per key id (a ring holds a handful), not on every seal and open. */
    private byte[] aad(String keyId) {
        return associatedData.computeIfAbsent(keyId, id -> ("payerid.flow.v1|" + id).getBytes(StandardCharsets.US_ASCII));
    }

    private static PayerIdException invalid() {
        return new PayerIdException(ErrorCode.FLOW_STATE_INVALID, "authorization state is invalid");
    }
}
