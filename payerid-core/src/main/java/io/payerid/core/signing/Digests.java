package io.payerid.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** The two digests of the key-appended family, as hex in the requested case. */
public final class Digests {

    private Digests() {
    }

    public static String md5Hex(String message, HexCase hexCase) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(message.getBytes(StandardCharsets.UTF_8));
            return hex(digest, hexCase);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 unavailable", e);
        }
    }

    public static String hmacSha256Hex(String key, String message, HexCase hexCase) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)), hexCase);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String hex(byte[] bytes, HexCase hexCase) {
        HexFormat format = hexCase == HexCase.UPPER ? HexFormat.of().withUpperCase() : HexFormat.of();
        return format.formatHex(bytes);
    }
}
