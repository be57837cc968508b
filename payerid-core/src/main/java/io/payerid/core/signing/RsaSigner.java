package io.payerid.core.signing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** SHA256withRSA over a string, Base64 signature; keys in PKCS#8 / X.509 Base64 (PEM armour tolerated). */
public final class RsaSigner {

    private RsaSigner() {
    }

    public static String sign(String content, PrivateKey key) {
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(key);
            s.update(content.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA signing failed", e);
        }
    }

    /** False for any malformed signature: a bad input is a failed verification, not an error. */
    public static boolean verify(String content, String base64Signature, PublicKey key) {
        if (base64Signature == null || base64Signature.isEmpty()) {
            return false;
        }
        try {
            byte[] sig = Base64.getMimeDecoder().decode(base64Signature);
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initVerify(key);
            s.update(content.getBytes(StandardCharsets.UTF_8));
            return s.verify(sig);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    public static PublicKey publicKey(String base64OrPem) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pemBody(base64OrPem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA public key (X.509/SubjectPublicKeyInfo, Base64)", e);
        }
    }

    public static PrivateKey privateKey(String base64OrPem) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pemBody(base64OrPem)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an RSA private key (PKCS#8, Base64)", e);
        }
    }

    private static byte[] pemBody(String base64OrPem) {
        if (base64OrPem == null) {
            throw new IllegalArgumentException("key is missing");
        }
        String body = base64OrPem.replaceAll("-----(BEGIN|END)[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return Base64.getDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("key is not Base64", e);
        }
    }
}
