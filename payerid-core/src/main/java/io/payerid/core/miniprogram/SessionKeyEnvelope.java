package io.payerid.core.miniprogram;

import io.payerid.core.crypto.AesGcm;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.tenant.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a session_key to one merchant app: AES-256-GCM under {@code HMAC-SHA256(key = the app's sign key,
 * "payerid.session-key.v1")}, associated data {@code channelAppId + ":" + openid}, output Base64 of
 * {@code iv(12) || ciphertext || tag(16)}. Only the holder of the app's sign key opens it, and a sealed key
 * moved to another payer's or app's answer fails to open. The SDK's {@code SessionKeys.open} is the inverse.
 */
public final class SessionKeyEnvelope {

    static final String PURPOSE = "payerid.session-key.v1";

    private SessionKeyEnvelope() {
    }

    public static String seal(Secret appSignKey, String channelAppId, String openId, Secret sessionKey) {
        byte[] sealed = AesGcm.encrypt(key(appSignKey), sessionKey.reveal().getBytes(StandardCharsets.UTF_8),
                associatedData(channelAppId, openId));
        return Base64.getEncoder().encodeToString(sealed);
    }

    static SecretKey key(Secret appSignKey) {
        return new SecretKeySpec(HexFormat.of().parseHex(Digests.hmacSha256Hex(appSignKey.reveal(), PURPOSE, HexCase.LOWER)), "AES");
    }

    static byte[] associatedData(String channelAppId, String openId) {
        return (channelAppId + ":" + openId).getBytes(StandardCharsets.UTF_8);
    }
}
