package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The WeChat Pay v2 vectors from the upstream reference (§0), recomputed independently there. */
class KeyedDigestSignerTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    private static Map<String, String> vectorParams() {
        Map<String, String> p = new HashMap<>();
        p.put("appid", "wxd930ea5d5a258f4f");
        p.put("mch_id", "10000100");
        p.put("device_info", "1000");
        p.put("body", "test");
        p.put("nonce_str", "ibuaiVcKdpRxkhJA");
        return p;
    }

    @Test
    void stringToSignIsSortedWithKeyAppended() {
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.MD5).stringToSign(vectorParams(), KEY))
                .isEqualTo("appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=" + KEY);
    }

    @Test
    void md5Vector() {
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.MD5).sign(vectorParams(), KEY))
                .isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void hmacSha256Vector() {
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.HMAC_SHA256).sign(vectorParams(), KEY))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void emptyValuesAndSignAreSkipped() {
        Map<String, String> p = vectorParams();
        p.put("sign", "whatever");
        p.put("attach", "");
        assertThat(KeyedDigestSigner.wechatPayV2(SignType.MD5).sign(p, KEY)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void lowerCaseOutputIsConfigurable() {
        assertThat(new KeyedDigestSigner(SignType.MD5, HexCase.LOWER, "key").sign(vectorParams(), KEY))
                .isEqualTo("9a0a8659f005d6984697e2ca0a9cf3b7");
    }

    @Test
    void verifyAcceptsEitherCaseAndRejectsTampering() {
        KeyedDigestSigner signer = KeyedDigestSigner.wechatPayV2(SignType.MD5);
        assertThat(signer.verify(vectorParams(), KEY, "9a0a8659f005d6984697e2ca0a9cf3b7")).isTrue();
        Map<String, String> tampered = vectorParams();
        tampered.put("body", "test2");
        assertThat(signer.verify(tampered, KEY, "9A0A8659F005D6984697E2CA0A9CF3B7")).isFalse();
        assertThat(signer.verify(vectorParams(), "other-key", "9A0A8659F005D6984697E2CA0A9CF3B7")).isFalse();
        assertThat(signer.verify(vectorParams(), KEY, null)).isFalse();
    }
}
