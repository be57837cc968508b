package io.payerid.sandbox.alipay;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An app as a merchant developer holds it: a fresh app_id and RSA key pair, the public half registered
 * in the sandbox (as one uploads it to the Alipay console).
 */
record TestAlipayApp(String appId, String privateKey, String publicKey) {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    static TestAlipayApp create() {
        KeyPair pair = keyPair();
        Base64.Encoder base64 = Base64.getEncoder();
        return new TestAlipayApp("2021" + String.format("%012d", SEQUENCE.incrementAndGet()),
                base64.encodeToString(pair.getPrivate().getEncoded()), base64.encodeToString(pair.getPublic().getEncoded()));
    }

    /** Registers a direct-mode app calling back to merchant.example. */
    TestAlipayApp registerIn(SandboxAlipayApps apps, IdentityMode mode, String appGroupId) {
        apps.register(new SandboxAlipayApp(appId, publicKey, List.of("merchant.example"), mode, appGroupId, null, null, null));
        return this;
    }

    static KeyPair keyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
