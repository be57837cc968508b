package io.payerid.core.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256 keys by id: new data is always written under the current key, old data stays readable
 * under retired ones. That is all key rotation needs.
 */
public final class KeyRing {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9]{1,16}");

    private final Map<String, SecretKey> keys;
    private final String currentId;

    public KeyRing(Map<String, SecretKey> keys, String currentId) {
        keys.keySet().forEach(KeyRing::checkId);
        if (!keys.containsKey(currentId)) {
            throw new IllegalArgumentException("current key id '" + currentId + "' is not in the key ring");
        }
        this.keys = Map.copyOf(keys);
        this.currentId = currentId;
    }

    /** One key given as Base64 of 32 random bytes. */
    public static KeyRing single(String id, String base64Key) {
        return new KeyRing(Map.of(id, aesKey(base64Key)), id);
    }

    public static SecretKey aesKey(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key is not Base64", e);
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("key must be 32 bytes (AES-256), got " + raw.length);
        }
        return new SecretKeySpec(raw, "AES");
    }

    /**
     * A ring whose keys are derived from this one's for another purpose (HMAC-SHA256 of the label),
     * so one configured master key can serve secrets at rest and flow seals without the two sharing a key.
     */
    public KeyRing derive(String purpose) {
        Map<String, SecretKey> derived = new LinkedHashMap<>();
        keys.forEach((id, key) -> derived.put(id, deriveKey(key, purpose)));
        return new KeyRing(derived, currentId);
    }

    public String currentId() {
        return currentId;
    }

    public SecretKey current() {
        return keys.get(currentId);
    }

    public Optional<SecretKey> byId(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    private static SecretKey deriveKey(SecretKey key, String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getEncoded(), "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void checkId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("key id must be 1-16 letters or digits: " + id);
        }
    }
}
