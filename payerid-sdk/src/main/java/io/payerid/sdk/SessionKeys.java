package io.payerid.sdk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens the {@code encryptedSessionKey} of a {@link MiniProgramIdentity}: AES-256-GCM under
 * {@code HMAC-SHA256(key = the app's sign key, "payerid.session-key.v1")} as raw bytes, Base64 input
 * {@code iv(12) || ciphertext || tag(16)}, associated data {@code channelAppId + ":" + openid}.
 * Only apps with a shared (MD5/HMAC-SHA256) sign key receive one.
 */
public final class SessionKeys {

    private static final String PURPOSE = "payerid.session-key.v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private SessionKeys() {
    }

    /** WeChat's session_key (Base64, as WeChat gives it) from the identity the gateway answered. */
    public static String open(MiniProgramIdentity identity, String appKey) {
        if (identity.encryptedSessionKey() == null) {
            throw new IllegalArgumentException("the answer carries no session key (the gateway does not deliver it)");
        }
        return open(identity.encryptedSessionKey(), appKey, identity.channelAppId(), identity.openid());
    }

    /**
     * @throws InvalidAnswerException when the text is not a sealed key, was altered, or was sealed for another
     *                                app key, mini-program or payer
     */
    public static String open(String encryptedSessionKey, String appKey, String channelAppId, String openid) {
        byte[] sealed;
        try {
            sealed = Base64.getDecoder().decode(encryptedSessionKey);
        } catch (IllegalArgumentException e) {
            throw new InvalidAnswerException("encryptedSessionKey is not Base64");
        }
        if (sealed.length < IV_BYTES + TAG_BITS / 8) {
            throw new InvalidAnswerException("encryptedSessionKey is too short");
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            SecretKeySpec key = new SecretKeySpec(mac.doFinal(PURPOSE.getBytes(StandardCharsets.UTF_8)), "AES");
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            cipher.updateAAD((channelAppId + ":" + openid).getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new InvalidAnswerException("encryptedSessionKey does not open with this app key for this payer");
        }
    }
}
