package io.payerid.sandbox.wechat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * How WeChat encrypts a push (消息加解密, sending side): 16 random bytes, the message length (4 bytes big-endian), the
 * message and the platform's appid, PKCS#7-padded to 32 bytes, AES-256-CBC with key = base64(EncodingAESKey + "=")
 * and IV = the key's first 16 bytes, base64; {@code msg_signature} = hex SHA-1 of the sorted token, timestamp, nonce
 * and ciphertext. Independent of the gateway's reader on purpose (the sandbox must not depend on core or channels).
 */
final class ComponentMessageCrypto {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BLOCK = 32;

    private ComponentMessageCrypto() {
    }

    static String encrypt(String encodingAesKey, String appId, String message) {
        byte[] key = Base64.getDecoder().decode(encodingAesKey + "=");
        byte[] text = message.getBytes(StandardCharsets.UTF_8);
        byte[] app = appId.getBytes(StandardCharsets.UTF_8);
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        plain.writeBytes(random);
        plain.writeBytes(ByteBuffer.allocate(4).putInt(text.length).array());
        plain.writeBytes(text);
        plain.writeBytes(app);
        int pad = BLOCK - plain.size() % BLOCK;
        for (int i = 0; i < pad; i++) {
            plain.write(pad);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/CBC/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new IvParameterSpec(key, 0, 16));
            return Base64.getEncoder().encodeToString(cipher.doFinal(plain.toByteArray()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-CBC is not available", e);
        }
    }

    static String signature(String token, String timestamp, String nonce, String encrypt) {
        String[] parts = {token, timestamp, nonce, encrypt};
        Arrays.sort(parts);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1")
                    .digest(String.join("", parts).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-1 is not available", e);
        }
    }
}
