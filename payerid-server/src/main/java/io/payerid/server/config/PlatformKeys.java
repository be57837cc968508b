package io.payerid.server.config;

import io.payerid.core.signing.RsaSigner;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.KeyFactory;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The gateway's own RSA key pair: it signs answers to merchants that use RSA2; they verify with the
 * public half (shown by the admin API).
 */
public final class PlatformKeys {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private PlatformKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** From a Base64 PKCS#8 RSA private key; the public key is derived from its CRT parameters. */
    public static PlatformKeys fromPrivateKey(String base64Pkcs8) {
        PrivateKey key = RsaSigner.privateKey(base64Pkcs8);
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("platform private key must be an RSA CRT key (PKCS#8)");
        }
        try {
            PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new PlatformKeys(key, pub);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot derive the platform public key", e);
        }
    }

    public static String generatePrivateKeyBase64() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    @Override
    public String toString() {
        return "PlatformKeys[public=" + publicKeyBase64().substring(0, 16) + "...]";
    }
}
