package io.payerid.sdk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The README's one signing rule, for requests and answers alike: every parameter except {@code sign}
 * whose value is non-empty, sorted by name, joined as raw {@code k=v} with {@code &}. MD5 / HMAC-SHA256
 * append {@code &key=<app key>} (HMAC also keys with it) and give uppercase hex — WeChat Pay v2's rule;
 * RSA2 is SHA256withRSA, Base64, signed with the merchant's private key and verified with the platform's
 * public key. Verification compares in constant time so a forger learns nothing from timing.
 *
 * <p>Immutable and thread-safe: digests, MACs and signatures are created per call. {@link #toString()}
 * never shows a key.
 */
public final class Signer {

    private final SignType type;
    private final byte[] key;
    private final PrivateKey privateKey;
    private final PublicKey platformPublicKey;

    private Signer(SignType type, byte[] key, PrivateKey privateKey, PublicKey platformPublicKey) {
        this.type = type;
        this.key = key;
        this.privateKey = privateKey;
        this.platformPublicKey = platformPublicKey;
    }

    /** MD5 or HMAC-SHA256 with the app key the gateway issued. */
    public static Signer withKey(SignType type, String appKey) {
        if (type == SignType.RSA2) {
            throw new IllegalArgumentException("RSA2 needs a private key and the platform public key");
        }
        Objects.requireNonNull(appKey, "appKey");
        return new Signer(type, appKey.getBytes(StandardCharsets.UTF_8), null, null);
    }

    /** RSA2: requests signed with the merchant's private key, answers verified with the platform public key. */
    public static Signer rsa2(PrivateKey merchantPrivateKey, PublicKey platformPublicKey) {
        return new Signer(SignType.RSA2, null, Objects.requireNonNull(merchantPrivateKey, "merchantPrivateKey"),
                Objects.requireNonNull(platformPublicKey, "platformPublicKey"));
    }

    /** RSA2 from Base64 PKCS#8 (private) and X.509 SubjectPublicKeyInfo (public) DER, as the admin API shows them. */
    public static Signer rsa2(String merchantPrivateKeyBase64, String platformPublicKeyBase64) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return rsa2(rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(merchantPrivateKeyBase64))),
                    rsa.generatePublic(new X509EncodedKeySpec(Base64.getMimeDecoder().decode(platformPublicKeyBase64))));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not a Base64 PKCS#8 / X.509 RSA key pair", e);
        }
    }

    public SignType type() {
        return type;
    }

    /** The string that is signed: non-empty parameters except {@code sign}, sorted, {@code k=v} joined by {@code &}. */
    public static String canonical(Map<String, String> params) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!"sign".equals(k) && v != null && !v.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        return sb.toString();
    }

    /** The {@code sign} value for these parameters ({@code sign} itself, if present, is ignored). */
    public String sign(Map<String, String> params) {
        String text = canonical(params);
        try {
            return switch (type) {
                case MD5 -> upperHex(MessageDigest.getInstance("MD5").digest(withKey(text)));
                case HMAC_SHA256 -> {
                    Mac mac = Mac.getInstance("HmacSHA256");
                    mac.init(new SecretKeySpec(key, "HmacSHA256"));
                    yield upperHex(mac.doFinal(withKey(text)));
                }
                case RSA2 -> {
                    Signature signature = Signature.getInstance("SHA256withRSA");
                    signature.initSign(privateKey);
                    signature.update(text.getBytes(StandardCharsets.UTF_8));
                    yield Base64.getEncoder().encodeToString(signature.sign());
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + type.wireName(), e);
        }
    }

    /** Whether {@code params} carry a valid {@code sign}: hex compared case-insensitively in constant time, RSA2 with the platform key. */
    public boolean verify(Map<String, String> params) {
        String sign = params.get("sign");
        if (sign == null || sign.isEmpty()) {
            return false;
        }
        if (type != SignType.RSA2) {
            return MessageDigest.isEqual(sign(params).getBytes(StandardCharsets.US_ASCII),
                    sign.toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        }
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(platformPublicKey);
            signature.update(canonical(params).getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(sign));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }

    private byte[] withKey(String text) {
        byte[] head = (text + "&key=").getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + key.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(key, 0, all, head.length, key.length);
        return all;
    }

    private static String upperHex(byte[] bytes) {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public String toString() {
        return "Signer[" + type.wireName() + "]";
    }
}
