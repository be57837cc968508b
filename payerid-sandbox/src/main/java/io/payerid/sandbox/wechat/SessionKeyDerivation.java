package io.payerid.sandbox.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The session_key a login code yields: 16 bytes, Base64 (24 characters, as WeChat's), derived from the code
 * so that the sandbox stores nothing for it and its login control can tell a tester which key to expect.
 */
public class SessionKeyDerivation {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public SessionKeyDerivation(String secret) {
        this.key = new SecretKeySpec(("session-key:" + secret).getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String sessionKey(String appid, String code) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((appid + ":" + code).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(Arrays.copyOf(digest, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
