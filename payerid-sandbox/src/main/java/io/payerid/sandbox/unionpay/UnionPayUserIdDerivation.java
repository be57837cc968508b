package io.payerid.sandbox.unionpay;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the sandbox's user_ids, stable across flows and restarts without storing anything: standard
 * Base64 of {@code HMAC-SHA256(secret, appUpIdentifier + ":" + cardholderId)} — a long opaque string like
 * real ones, with {@code +}, {@code /} and {@code =} in it.
 *
 * <p>One id per (app, payer): the same person in 云闪付 and in a bank app gets two ids. That keeps the
 * app identifier the gateway sent observable in the answer (a wrong one yields a different id).
 */
public class UnionPayUserIdDerivation {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public UnionPayUserIdDerivation(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String userId(String appUpIdentifier, String cardholderId) {
        try {
            // Mac instances are not thread-safe; a fresh one per call is cheap enough here.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            byte[] digest = mac.doFinal((appUpIdentifier + ":" + cardholderId).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
