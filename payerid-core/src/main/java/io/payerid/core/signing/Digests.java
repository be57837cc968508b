package io.payerid.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digests of the hot paths, as hex in the requested case or raw. Each call clones an untouched
 * prototype instead of {@code getInstance}: a clone is a field copy, the lookup walks the provider list
 * and allocates on every request. The prototypes are never updated, so sharing them is safe.
 */
public final class Digests {

    private static final HexFormat LOWER = HexFormat.of();
    private static final HexFormat UPPER = HexFormat.of().withUpperCase();
    private static final MessageDigest MD5 = messageDigest("MD5");
    private static final MessageDigest SHA_256 = messageDigest("SHA-256");
    private static final Mac HMAC_SHA256 = mac("HmacSHA256");

    private Digests() {
    }

    public static String md5Hex(String message, HexCase hexCase) {
        return hex(fresh(MD5).digest(message.getBytes(StandardCharsets.UTF_8)), hexCase);
    }

    public static String hmacSha256Hex(String key, String message, HexCase hexCase) {
        Mac mac = fresh(HMAC_SHA256);
        try {
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 refused its key", e);
        }
        return hex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)), hexCase);
    }

    /** SHA-256 of {@code input}. */
    public static byte[] sha256(byte[] input) {
        return fresh(SHA_256).digest(input);
    }

    private static String hex(byte[] bytes, HexCase hexCase) {
        return (hexCase == HexCase.UPPER ? UPPER : LOWER).formatHex(bytes);
    }

    private static MessageDigest fresh(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(prototype.getAlgorithm() + " cannot be cloned", e);
        }
    }

    private static Mac fresh(Mac prototype) {
        try {
            return (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(prototype.getAlgorithm() + " cannot be cloned", e);
        }
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }

    private static Mac mac(String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.getProvider(); // settles the provider now, so clones copy it instead of each choosing one
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " unavailable", e);
        }
    }
}
