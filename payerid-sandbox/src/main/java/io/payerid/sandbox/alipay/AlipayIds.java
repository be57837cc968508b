package io.payerid.sandbox.alipay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the sandbox's Alipay user identifiers from HMAC-SHA512(secret, input), so they are stable
 * across flows and restarts without storing anything:
 *
 * <ul>
 *   <li>user_id: {@code "2088" + 12 digits}, one per user (Alipay's account-wide id);</li>
 *   <li>open_id: {@code "0" + 45 letters/digits}, one per (app, user), as in Alipay's OpenID scheme;</li>
 *   <li>union_id: same shape, one per (app group, user), only for apps in a group.</li>
 * </ul>
 */
public class AlipayIds {

    private static final String HMAC = "HmacSHA512";
    private static final char[] ALPHANUMERIC =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray();
    private static final int OPEN_ID_SUFFIX = 45;

    private final SecretKeySpec key;

    public AlipayIds(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String userId(SandboxAlipayUser user) {
        byte[] digest = hmac("user_id:" + user.id());
        StringBuilder id = new StringBuilder("2088");
        for (int i = 0; i < 12; i++) {
            id.append((digest[i] & 0xff) % 10);
        }
        return id.toString();
    }

    public String openId(SandboxAlipayApp app, SandboxAlipayUser user) {
        return "0" + alphanumeric(hmac("open_id:" + app.appId() + ":" + user.id()));
    }

    public Optional<String> unionId(SandboxAlipayApp app, SandboxAlipayUser user) {
        if (app.appGroupId() == null) {
            return Optional.empty();
        }
        return Optional.of("0" + alphanumeric(hmac("union_id:" + app.appGroupId() + ":" + user.id())));
    }

    private static String alphanumeric(byte[] digest) {
        char[] out = new char[OPEN_ID_SUFFIX];
        for (int i = 0; i < OPEN_ID_SUFFIX; i++) {
            out[i] = ALPHANUMERIC[(digest[i] & 0xff) % ALPHANUMERIC.length];
        }
        return new String(out);
    }

    private byte[] hmac(String input) {
        try {
            // Mac instances are not thread-safe; a fresh one per call is cheap enough here.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(input.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA512 is required by every Java platform", e);
        }
    }
}
