package io.payerid.sandbox.unionpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The gateway's MD5 rule, WeChat Pay v2's: non-empty fields except {@code sign}, sorted by name, joined as
 * {@code k=v&…}, then {@code &key=<merchant key>}, MD5, uppercase hex. Incoming signs are compared
 * case-insensitively in constant time.
 */
final class GatewaySignature {

    private GatewaySignature() {
    }

    static String sign(Map<String, String> fields, String key) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                s.append(s.isEmpty() ? "" : "&").append(name).append('=').append(value);
            }
        });
        s.append("&key=").append(key);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(s.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }

    static boolean verify(Map<String, String> fields, String key) {
        String given = fields.get("sign");
        if (given == null) {
            return false;
        }
        byte[] expected = sign(fields, key).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }
}
