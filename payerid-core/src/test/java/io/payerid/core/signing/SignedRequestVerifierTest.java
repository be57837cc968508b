package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.InProcessSharedStateStore;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.Secret;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SignedRequestVerifierTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final String KEY = "0123456789abcdef0123456789abcdef";

    private final KeyPair platform = newKeyPair();
    private final KeyPair merchant = newKeyPair();
    private final MerchantSignatures signatures = new MerchantSignatures(platform.getPrivate());
    private final SignedRequestVerifier verifier = new SignedRequestVerifier(signatures, new InProcessSharedStateStore(),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5));
    private final MerchantApp app = new MerchantApp("1", "app_1", "m1", Secret.of(KEY),
            Base64.getEncoder().encodeToString(merchant.getPublic().getEncoded()),
            Set.of(SignType.MD5, SignType.HMAC_SHA256, SignType.RSA2), 0);

    private static KeyPair newKeyPair() {
        try {
            return RsaSignerTest.newKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed the way a merchant following the README would: independent of MerchantSignatures. */
    private Map<String, String> signed(SignType type, long timestamp, String nonce) {
        Map<String, String> p = new HashMap<>();
        p.put("appId", "app_1");
        p.put("mchNo", "M1");
        p.put("redirectUri", "https://shop.example.com/r?a=1");
        p.put("timestamp", Long.toString(timestamp));
        p.put("nonce", nonce);
        p.put("state", "");
        if (type != SignType.MD5) {
            p.put("signType", type.wireName());
        }
        String base = "appId=app_1&mchNo=M1&nonce=" + nonce + "&redirectUri=https://shop.example.com/r?a=1"
                + (type != SignType.MD5 ? "&signType=" + type.wireName() : "") + "&timestamp=" + timestamp;
        p.put("sign", switch (type) {
            case MD5 -> Digests.md5Hex(base + "&key=" + KEY, HexCase.UPPER);
            case HMAC_SHA256 -> Digests.hmacSha256Hex(KEY, base + "&key=" + KEY, HexCase.LOWER);
            case RSA2 -> RsaSigner.sign(base, merchant.getPrivate());
        });
        return p;
    }

    private static ErrorCode codeOf(Runnable r) {
        try {
            r.run();
            return null;
        } catch (PayerIdException e) {
            return e.code();
        }
    }

    @Test
    void verifyRetryableWhenTheIdenticalRequestComesWithinTheGraceThenServedAndAnyOtherUseRefused() {
        AtomicLong nanos = new AtomicLong();
        SignedRequestVerifier graced = new SignedRequestVerifier(signatures, new InProcessSharedStateStore(1000, nanos::get),
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(5), Duration.ofSeconds(5));
        Map<String, String> entry = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-retry-1");
        assertThat(graced.verifyRetryable(app, entry)).isEqualTo(SignType.MD5);

        nanos.addAndGet(Duration.ofSeconds(4).toNanos());
        assertThat(codeOf(() -> graced.verifyRetryable(app, entry))).as("a proxy's retry").isNull();
        assertThat(codeOf(() -> graced.verify(app, entry))).as("APIs never forgive").isEqualTo(ErrorCode.NONCE_REUSED);
        Map<String, String> other = signed(SignType.HMAC_SHA256, NOW.getEpochSecond(), "nonce-retry-1");
        assertThat(codeOf(() -> graced.verifyRetryable(app, other))).as("another request, same nonce")
                .isEqualTo(ErrorCode.NONCE_REUSED);

        nanos.addAndGet(Duration.ofSeconds(3).toNanos()); // past the grace and its one-second slice
        assertThat(codeOf(() -> graced.verifyRetryable(app, entry))).as("a replay after the grace")
                .isEqualTo(ErrorCode.NONCE_REUSED);
    }

    @Test
    void verifyRetryableWhenNoGraceThenTheIdenticalRequestIsRefused() {
        Map<String, String> entry = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-retry-2");
        verifier.verifyRetryable(app, entry);
        assertThat(codeOf(() -> verifier.verifyRetryable(app, entry))).isEqualTo(ErrorCode.NONCE_REUSED);
    }

    @Test
    void acceptsEachSignType() {
        assertThat(verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond(), "nonce-md5-1"))).isEqualTo(SignType.MD5);
        assertThat(verifier.verify(app, signed(SignType.HMAC_SHA256, NOW.getEpochSecond(), "nonce-hmac-1"))).isEqualTo(SignType.HMAC_SHA256);
        assertThat(verifier.verify(app, signed(SignType.RSA2, NOW.toEpochMilli(), "nonce-rsa-1"))).isEqualTo(SignType.RSA2);
    }

    @Test
    void refusesTamperedParameters() {
        Map<String, String> p = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-tamper");
        p.put("redirectUri", "https://evil.example/");
        assertThat(codeOf(() -> verifier.verify(app, p))).isEqualTo(ErrorCode.INVALID_SIGNATURE);
    }

    @Test
    void refusesStaleAndFutureTimestamps() {
        assertThat(codeOf(() -> verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond() - 301, "nonce-old-1"))))
                .isEqualTo(ErrorCode.STALE_TIMESTAMP);
        assertThat(codeOf(() -> verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond() + 301, "nonce-new-1"))))
                .isEqualTo(ErrorCode.STALE_TIMESTAMP);
        assertThat(codeOf(() -> verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond() - 299, "nonce-ok-1")))).isNull();
    }

    @Test
    void refusesReusedNonce() {
        verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond(), "nonce-replay"));
        assertThat(codeOf(() -> verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond(), "nonce-replay"))))
                .isEqualTo(ErrorCode.NONCE_REUSED);
    }

    @Test
    void aForgedRequestCannotBurnANonce() {
        Map<String, String> forged = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-victim");
        forged.put("sign", "00000000000000000000000000000000");
        assertThat(codeOf(() -> verifier.verify(app, forged))).isEqualTo(ErrorCode.INVALID_SIGNATURE);
        assertThat(codeOf(() -> verifier.verify(app, signed(SignType.MD5, NOW.getEpochSecond(), "nonce-victim")))).isNull();
    }

    @Test
    void refusesSignTypesTheAppDoesNotAccept() {
        MerchantApp md5Only = new MerchantApp("2", "app_2", "m1", Secret.of(KEY), null, Set.of(SignType.MD5), 0);
        assertThat(codeOf(() -> verifier.verify(md5Only, signed(SignType.RSA2, NOW.getEpochSecond(), "nonce-rsa-2"))))
                .isEqualTo(ErrorCode.UNSUPPORTED_SIGN_TYPE);
        Map<String, String> p = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-x-1");
        p.put("signType", "SHA1");
        assertThat(codeOf(() -> verifier.verify(app, p))).isEqualTo(ErrorCode.UNSUPPORTED_SIGN_TYPE);
    }

    @Test
    void refusesMissingOrMalformedFields() {
        Map<String, String> p = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-miss-1");
        p.remove("nonce");
        assertThat(codeOf(() -> verifier.verify(app, p))).isEqualTo(ErrorCode.INVALID_REQUEST);
        Map<String, String> q = signed(SignType.MD5, NOW.getEpochSecond(), "nonce-miss-2");
        q.remove("sign");
        assertThat(codeOf(() -> verifier.verify(app, q))).isEqualTo(ErrorCode.INVALID_REQUEST);
    }

    @Test
    void rsaAnswersAreSignedWithThePlatformKey() {
        Map<String, String> answer = Map.of("openid", "o1", "state", "s");
        String sig = signatures.sign(app, SignType.RSA2, answer);
        assertThat(RsaSigner.verify("openid=o1&state=s", sig, platform.getPublic())).isTrue();
    }

    @Test
    void isWellFormedNonceWhenComparedWithTheDocumentedPatternThenSameAnswer() {
        java.util.regex.Pattern documented = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{8,64}");
        java.util.List<String> samples = new java.util.ArrayList<>(java.util.List.of("", "abcdefg", "abcdefgh",
                "A".repeat(64), "A".repeat(65), "abc_def-09", "abcdefg!", "abcdefgh\n", "abcdefg\u00e9", "abcd efgh",
                "abcd%41fgh", "abcdefg/", "abcdefg:", "abcdefg@", "abcdefg[", "abcdefg`", "abcdefg{", "0123456789"));
        java.util.Random random = new java.util.Random(8);
        for (int i = 0; i < 20_000; i++) {  // every ASCII neighbour of the allowed ranges, at random lengths
            char[] chars = new char[random.nextInt(70)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = (char) (random.nextInt(10) == 0 ? random.nextInt(0x80) : "Az09_-".charAt(random.nextInt(6)));
            }
            samples.add(new String(chars));
        }
        for (String nonce : samples) {
            assertThat(SignedRequestVerifier.isWellFormedNonce(nonce)).as(nonce)
                    .isEqualTo(documented.matcher(nonce).matches());
        }
    }
}
