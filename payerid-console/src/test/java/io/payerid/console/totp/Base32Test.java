package io.payerid.console.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 4648 section 10 test vectors (padding is not written). */
class Base32Test {

    @Test
    void encodeWhenRfc4648VectorsThenTheirValuesWithoutPadding() {
        assertThat(Base32.encode(bytes(""))).isEmpty();
        assertThat(Base32.encode(bytes("f"))).isEqualTo("MY");
        assertThat(Base32.encode(bytes("fo"))).isEqualTo("MZXQ");
        assertThat(Base32.encode(bytes("foo"))).isEqualTo("MZXW6");
        assertThat(Base32.encode(bytes("foob"))).isEqualTo("MZXW6YQ");
        assertThat(Base32.encode(bytes("fooba"))).isEqualTo("MZXW6YTB");
        assertThat(Base32.encode(bytes("foobar"))).isEqualTo("MZXW6YTBOI");
    }

    @Test
    void decodeWhenPaddedLowercaseOrSpacedThenTheBytes() {
        assertThat(Base32.decode("MZXW6YTBOI======")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("foobar")));
        assertThat(Base32.decode("mzxw 6ytb oi")).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("foobar")));
    }

    @Test
    void decodeWhenForeignCharacterThenEmpty() {
        assertThat(Base32.decode("MZXW1")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
