package io.payerid.sandbox.alipay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The sandbox's own "Alipay" key pair: it signs every gateway answer, and clients verify with the
 * public half, exactly as they use the real Alipay public key (支付宝公钥). Configured, or generated at
 * startup (then a restart changes it: clients must read it again from the registry or the GET endpoint).
 */
public final class SandboxAlipayKeys {

    private final PrivateKey privateKey;
    private final PublicKey publicKey;

    private SandboxAlipayKeys(PrivateKey privateKey, PublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** From a PKCS#8 Base64 RSA private key; the public half is derived from its CRT parameters. */
    static SandboxAlipayKeys fromPrivateKey(String base64Pkcs8) {
        PrivateKey key = RsaKeys.privateKey(base64Pkcs8);
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("the sandbox's Alipay private key must be an RSA CRT key (PKCS#8)");
        }
        try {
            PublicKey pub = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
            return new SandboxAlipayKeys(key, pub);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot derive the sandbox's Alipay public key", e);
        }
    }

    /**
     * The key kept in {@code file}, or a new one written there first (owner-only on POSIX, as
     * {@link Files#createTempFile} makes it: a development key, but a private key all the same).
     */
    static SandboxAlipayKeys readOrGenerate(Path file) {
        try {
            if (Files.exists(file)) {
                return fromPrivateKey(Files.readString(file, StandardCharsets.US_ASCII).trim());
            }
            SandboxAlipayKeys keys = generate();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".sandbox-alipay", ".tmp");
            Files.writeString(partial, Base64.getEncoder().encodeToString(keys.privateKey.getEncoded()) + "\n",
                    StandardCharsets.US_ASCII);
            // Moved into place whole: a start that dies half-way never leaves a truncated key behind.
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the sandbox's Alipay key file " + file, e);
        }
    }

    static SandboxAlipayKeys generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SandboxAlipayKeys(pair.getPrivate(), pair.getPublic());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is required by every Java platform", e);
        }
    }

    String sign(String content, Charset charset) {
        return RsaKeys.sign(content, privateKey, charset);
    }

    /** The 支付宝公钥 to configure in clients: X.509 (SubjectPublicKeyInfo), Base64, one line. */
    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(publicKey.getEncoded());
    }

    @Override
    public String toString() {
        return "SandboxAlipayKeys[public=" + publicKeyBase64().substring(0, 16) + "...]";
    }
}
