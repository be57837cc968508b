package io.payerid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's rule, pinned by WeChat Pay v2's published example (same canonical string, same key). */
class SignerTest {

    static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    static Map<String, String> wechatPayExample() {
        Map<String, String> p = new HashMap<>();
        p.put("appid", "wxd930ea5d5a258f4f");
        p.put("mch_id", "10000100");
        p.put("device_info", "1000");
        p.put("body", "test");
        p.put("nonce_str", "ibuaiVcKdpRxkhJA");
        return p;
    }

    @Test
    void md5MatchesWechatPayV2() {
        assertThat(Signer.withKey(SignType.MD5, KEY).sign(wechatPayExample())).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void hmacSha256MatchesWechatPayV2() {
        assertThat(Signer.withKey(SignType.HMAC_SHA256, KEY).sign(wechatPayExample()))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void canonicalSortsAndSkipsEmptyValuesAndSign() {
        Map<String, String> p = wechatPayExample();
        p.put("sign", "X");
        p.put("empty", "");
        p.put("none", null);
        assertThat(Signer.canonical(p))
                .isEqualTo("appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA");
        assertThat(Signer.withKey(SignType.MD5, KEY).sign(p)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void verifyAcceptsLowercaseHexAndRefusesAnyChange() {
        Signer signer = Signer.withKey(SignType.MD5, KEY);
        Map<String, String> p = wechatPayExample();
        p.put("sign", "9a0a8659f005d6984697e2ca0a9cf3b7");
        assertThat(signer.verify(p)).isTrue();
        p.put("body", "test2");
        assertThat(signer.verify(p)).isFalse();
        p.remove("sign");
        assertThat(signer.verify(p)).isFalse();
        assertThat(Signer.withKey(SignType.MD5, "another-key").verify(Map.of("a", "1", "sign", signer.sign(Map.of("a", "1")))))
                .isFalse();
    }

    @Test
    void rsa2SignsWithThePrivateKeyAndVerifiesWithThePlatformKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair merchant = generator.generateKeyPair();
        KeyPair platform = generator.generateKeyPair();
        Map<String, String> p = wechatPayExample();

        p.put("sign", Signer.rsa2(platform.getPrivate(), merchant.getPublic()).sign(p));
        Signer merchantSide = Signer.rsa2(merchant.getPrivate(), platform.getPublic());
        assertThat(merchantSide.verify(p)).isTrue();
        p.put("body", "tampered");
        assertThat(merchantSide.verify(p)).isFalse();
        p.put("sign", "not base64!");
        assertThat(merchantSide.verify(p)).isFalse();
    }

    @Test
    void neverShowsTheKey() {
        assertThat(Signer.withKey(SignType.MD5, KEY).toString()).doesNotContain(KEY);
        assertThatThrownBy(() -> Signer.withKey(SignType.RSA2, KEY)).isInstanceOf(IllegalArgumentException.class);
    }
}
