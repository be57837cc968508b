package io.payerid.sandbox.wechatpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat Pay v2 signatures: every field but {@code sign} with a non-empty value, sorted by name,
 * {@code k=v} joined by {@code &}, then {@code &key=API_KEY}; MD5, or HMAC-SHA256 keyed with the API key;
 * uppercase hex. The sandbox's own copy, since the module must not depend on the gateway's core.
 */
final class PayV2Signature {

    private PayV2Signature() {
    }

    static String stringToSign(Map<String, String> fields, String apiKey) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!"sign".equals(name) && value != null && !value.isEmpty()) {
                sb.append(name).append('=').append(value).append('&');
            }
        });
        return sb.append("key=").append(apiKey).toString();
    }

    static String sign(Map<String, String> fields, String apiKey, PaySignType type) {
        byte[] message = stringToSign(fields, apiKey).getBytes(StandardCharsets.UTF_8);
        try {
            byte[] digest = switch (type) {
                case MD5 -> MessageDigest.getInstance("MD5").digest(message);
                case HMAC_SHA256 -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(apiKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                    yield mac.doFinal(message);
                }
            };
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 and HmacSHA256 are required by every Java platform", e);
        }
    }

    /** Constant time; the sender's hex case does not matter. */
    static boolean verify(Map<String, String> fields, String apiKey, PaySignType type, String signature) {
        if (signature == null) {
            return false;
        }
        byte[] expected = sign(fields, apiKey, type).getBytes(StandardCharsets.UTF_8);
        byte[] actual = signature.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, actual);
    }
}
