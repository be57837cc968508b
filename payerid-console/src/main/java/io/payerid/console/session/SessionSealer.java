package io.payerid.console.session;

import io.payerid.core.crypto.AesGcm;
import io.payerid.core.crypto.KeyRing;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;

/**
 * Seals a {@link ConsoleSession} into a cookie value {@code <keyId>.<base64url(iv||ciphertext||tag)>} with
 * AES-256-GCM under a key derived from the master key for this purpose only. Any node with the master key
 * opens it, so sessions need no shared store and no sticky routing; tampering or another purpose's token fails
 * authentication (the associated data names the purpose).
 */
public final class SessionSealer {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,32}\\.[A-Za-z0-9_-]{40,600}");
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final KeyRing keys;
    private final byte[] purpose;

    public SessionSealer(KeyRing masterKeys) {
        this(masterKeys, "payerid.console-session");
    }

    /**
     * A sealer for another short-lived console state of the same shape (the login waiting for its TOTP code):
     * its own derived key and associated data, so neither kind of cookie opens as the other.
     */
    public SessionSealer(KeyRing masterKeys, String purpose) {
        this.keys = masterKeys.derive(purpose);
        this.purpose = (purpose + ".v1").getBytes(StandardCharsets.US_ASCII);
    }

    public String seal(ConsoleSession session) {
        String plain = session.accountId() + "|" + session.csrfToken() + "|" + session.issuedAt() + "|"
                + session.lastSeenAt();
        byte[] sealed = AesGcm.encrypt(keys.current(), plain.getBytes(StandardCharsets.US_ASCII), purpose);
        return keys.currentId() + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** Empty for anything that is not a session this key ring sealed. */
    public Optional<ConsoleSession> open(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        Optional<SecretKey> key = keys.byId(token.substring(0, dot));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return AesGcm.decrypt(key.get(), sealed, purpose).flatMap(SessionSealer::parse);
    }

    private static Optional<ConsoleSession> parse(byte[] plain) {
        String[] parts = new String(plain, StandardCharsets.US_ASCII).split("\\|", -1);
        if (parts.length != 4 || !FIELD.matcher(parts[0]).matches() || !FIELD.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ConsoleSession(parts[0], parts[1], Long.parseLong(parts[2]), Long.parseLong(parts[3])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
