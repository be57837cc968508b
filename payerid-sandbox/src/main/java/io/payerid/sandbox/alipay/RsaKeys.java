package io.payerid.sandbox.alipay;

import java.nio.charset.Charset;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Alipay's RSA2: SHA256withRSA over the bytes of the content in the request's charset, Base64.
 * Keys are X.509 / PKCS#8 in Base64, the form the Alipay console hands out (PEM armour tolerated).
 */
final class RsaKeys {

    private static final String ALGORITHM = "SHA256withRSA";

    private RsaKeys() {
    }

    static String sign(String content, PrivateKey key, Charset charset) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(content.getBytes(charset));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA2 signing failed", e);
        }
    }

    /** False for anything that is not a valid signature, including malformed Base64. */
    static boolean verify(String content, String base64Signature, PublicKey key, Charset charset) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(content.getBytes(charset));
            return signature.verify(Base64.getMimeDecoder().decode(base64Signature));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key (X.509, Base64)", e);
        }
    }

    static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8, Base64)", e);
        }
    }

    private static byte[] decode(String base64) {
        String body = base64.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key is not Base64", e);
        }
    }
}
