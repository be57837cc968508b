package io.payerid.channels.wechat.component;

import io.payerid.core.signing.ConstantTime;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * WeChat's message encryption (消息加解密, the "安全模式" of pushes), receiving side: {@code msg_signature} is the hex
 * SHA-1 of the sorted, concatenated token, timestamp, nonce and Encrypt value; Encrypt is base64 of AES-256-CBC
 * (key = base64 of EncodingAESKey + "=", IV = the key's first 16 bytes, PKCS#7 padding to 32) over 16 random bytes,
 * the message length (4 bytes, big-endian), the message and the sender's appid. Written from WeChat's description;
 * the tests check it against WxJava's {@code WxCryptUtil}.
 */
public final class WechatMessageCrypto {

    private static final int RANDOM_PREFIX = 16;
    private static final int BLOCK = 32;

    private WechatMessageCrypto() {
    }

    /** True when {@code msgSignature} signs these values under {@code token} (constant-time compare). */
    public static boolean signatureMatches(String token, String timestamp, String nonce, String encrypt,
                                           String msgSignature) {
        return msgSignature != null && ConstantTime.equalsHexIgnoreCase(signature(token, timestamp, nonce, encrypt), msgSignature);
    }

    static String signature(String... parts) {
        String[] sorted = parts.clone();
        Arrays.sort(sorted);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            for (String part : sorted) {
                sha1.update(part.getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha1.digest());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }

    /**
     * The plain message inside {@code encrypt}.
     *
     * @throws IllegalArgumentException when it is no valid ciphertext under this key or was sent by another appid
     */
    public static byte[] decrypt(String encodingAesKey, String encrypt, String expectedAppId) {
        byte[] key = key(encodingAesKey);
        byte[] plain;
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            plain = cipher.doFinal(Base64.getDecoder().decode(encrypt));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a ciphertext under this EncodingAESKey", e);
        }
        int pad = plain.length == 0 ? 0 : plain[plain.length - 1] & 0xff;
        if (pad < 1 || pad > BLOCK || plain.length < RANDOM_PREFIX + 4 + pad) {
            throw new IllegalArgumentException("bad padding");
        }
        ByteBuffer content = ByteBuffer.wrap(plain, 0, plain.length - pad);
        content.position(RANDOM_PREFIX);
        int length = content.getInt();
        if (length < 0 || length > content.remaining()) {
            throw new IllegalArgumentException("bad message length");
        }
        byte[] message = new byte[length];
        content.get(message);
        byte[] appId = new byte[content.remaining()];
        content.get(appId);
        if (!ConstantTime.equals(expectedAppId, new String(appId, StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException("encrypted for another appid");
        }
        return message;
    }

    private static byte[] key(String encodingAesKey) {
        if (encodingAesKey == null || encodingAesKey.length() != 43) {
            throw new IllegalArgumentException("an EncodingAESKey has 43 characters");
        }
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        if (key.length != 32) {
            throw new IllegalArgumentException("an EncodingAESKey decodes to 32 bytes");
        }
        return key;
    }
}
