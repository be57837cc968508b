package io.payerid.sandbox.wechatpay;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The verified vectors of the upstream reference (§0), from WeChat Pay's own signature page. */
class PayV2SignatureTest {

    private static final String KEY = "192006250b4c09247ec02edce69f6a2d";

    private static Map<String, String> vectorFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("mch_id", "10000100");
        fields.put("appid", "wxd930ea5d5a258f4f");
        fields.put("nonce_str", "ibuaiVcKdpRxkhJA");
        fields.put("device_info", "1000");
        fields.put("body", "test");
        return fields;
    }

    @Test
    void stringToSignIsSortedWithTheKeyAppended() {
        assertThat(PayV2Signature.stringToSign(vectorFields(), KEY)).isEqualTo(
                "appid=wxd930ea5d5a258f4f&body=test&device_info=1000&mch_id=10000100&nonce_str=ibuaiVcKdpRxkhJA&key=" + KEY);
    }

    @Test
    void md5Vector() {
        assertThat(PayV2Signature.sign(vectorFields(), KEY, PaySignType.MD5)).isEqualTo("9A0A8659F005D6984697E2CA0A9CF3B7");
    }

    @Test
    void hmacSha256Vector() {
        assertThat(PayV2Signature.sign(vectorFields(), KEY, PaySignType.HMAC_SHA256))
                .isEqualTo("6A9AE1657590FD6257D693A078E1C3E4BB6BA4DC30B23E0EE2496E54170DACD6");
    }

    @Test
    void signAndEmptyValuesAreLeftOutAndVerificationIgnoresHexCase() {
        Map<String, String> fields = vectorFields();
        fields.put("sign", "anything");
        fields.put("attach", "");
        assertThat(PayV2Signature.verify(fields, KEY, PaySignType.MD5, "9a0a8659f005d6984697e2ca0a9cf3b7")).isTrue();
        assertThat(PayV2Signature.verify(fields, KEY, PaySignType.HMAC_SHA256, "9A0A8659F005D6984697E2CA0A9CF3B7")).isFalse();
        assertThat(PayV2Signature.verify(fields, "another-key", PaySignType.MD5, "9A0A8659F005D6984697E2CA0A9CF3B7")).isFalse();
        assertThat(PayV2Signature.verify(fields, KEY, PaySignType.MD5, null)).isFalse();
    }

    @Test
    void signTypesByExactWireName() {
        assertThat(PaySignType.fromWire(null)).contains(PaySignType.MD5);
        assertThat(PaySignType.fromWire("HMAC-SHA256")).contains(PaySignType.HMAC_SHA256);
        assertThat(PaySignType.fromWire("RSA")).isEmpty();
    }
}
