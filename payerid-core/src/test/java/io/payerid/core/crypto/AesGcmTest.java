package io.payerid.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AesGcmTest {

    private static final HexFormat HEX = HexFormat.of();
    private static final byte[] AAD = "purpose".getBytes(StandardCharsets.US_ASCII);

    /** The GCM specification's test case 16 (AES-256, 96-bit IV, associated data). */
    @Test
    void decryptWhenGcmSpecTestCase16ThenKnownPlaintext() {
        SecretKey key = new SecretKeySpec(HEX.parseHex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308"), "AES");
        byte[] sealed = HEX.parseHex("cafebabefacedbaddecaf888"
                + "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                + "76fc6ece0f4e1768cddf8853bb2d551b");
        byte[] aad = HEX.parseHex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
        assertThat(AesGcm.decrypt(key, sealed, aad)).hasValueSatisfying(plain -> assertThat(HEX.formatHex(plain)).isEqualTo(
                "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39"));
    }

    @Test
    void encryptWhenSamePlaintextTwiceThenFreshIvAndBothOpen() {
        SecretKey key = randomKey();
        byte[] plain = "secret".getBytes(StandardCharsets.UTF_8);
        byte[] first = AesGcm.encrypt(key, plain, AAD);
        byte[] second = AesGcm.encrypt(key, plain, AAD);
        assertThat(first).hasSize(12 + plain.length + 16).isNotEqualTo(second);
        assertThat(AesGcm.decrypt(key, first, AAD)).hasValue(plain);
        assertThat(AesGcm.decrypt(key, second, AAD)).hasValue(plain);
    }

    @Test
    void decryptWhenAnyByteFlippedThenEmptyAndPooledCipherStillWorks() {
        SecretKey key = randomKey();
        byte[] plain = "tamper me".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = AesGcm.encrypt(key, plain, AAD);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertThat(AesGcm.decrypt(key, tampered, AAD)).as("byte %d", i).isEmpty();
            // The cipher a failed open handed back must serve the next caller correctly.
            assertThat(AesGcm.decrypt(key, sealed, AAD)).hasValue(plain);
        }
    }

    @Test
    void decryptWhenOtherKeyOrPurposeOrTruncatedThenEmpty() {
        SecretKey key = randomKey();
        byte[] sealed = AesGcm.encrypt(key, "x".getBytes(StandardCharsets.UTF_8), AAD);
        assertThat(AesGcm.decrypt(randomKey(), sealed, AAD)).isEmpty();
        assertThat(AesGcm.decrypt(key, sealed, "other".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(AesGcm.decrypt(key, java.util.Arrays.copyOf(sealed, sealed.length - 1), AAD)).isEmpty();
        assertThat(AesGcm.decrypt(key, new byte[27], AAD)).isEmpty();
    }

    @Test
    void encryptWhenManyThreadsShareThePoolThenEveryBlobOpensToItsOwnPlaintext() throws Exception {
        SecretKey key = randomKey();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int id = t;
                results.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        byte[] plain = ("thread " + id + " message " + i).getBytes(StandardCharsets.UTF_8);
                        byte[] sealed = AesGcm.encrypt(key, plain, AAD);
                        if (!java.util.Arrays.equals(AesGcm.decrypt(key, sealed, AAD).orElseThrow(), plain)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static SecretKey randomKey() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        return new SecretKeySpec(raw, "AES");
    }
}
