package io.payerid.core.signing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignTypeTest {

    @Test
    void fromWireWhenCanonicalSpellingThenParses() {
        assertThat(SignType.fromWire("MD5")).contains(SignType.MD5);
        assertThat(SignType.fromWire("HMAC-SHA256")).contains(SignType.HMAC_SHA256);
        assertThat(SignType.fromWire("RSA2")).contains(SignType.RSA2);
    }

    @Test
    void fromWireWhenAliasSpellingThenParsesToTheSameType() {
        assertThat(SignType.fromWire("HMAC_SHA256")).contains(SignType.HMAC_SHA256);
        assertThat(SignType.fromWire(" hmac-sha256 ")).contains(SignType.HMAC_SHA256);
        assertThat(SignType.fromWire("md5")).contains(SignType.MD5);
        assertThat(SignType.fromWire("SHA256withRSA")).contains(SignType.RSA2);
    }

    @Test
    void fromWireWhenUnknownOrBlankThenEmpty() {
        assertThat(SignType.fromWire("SHA1")).isEmpty();
        assertThat(SignType.fromWire("HMAC SHA256")).isEmpty();
        assertThat(SignType.fromWire("")).isEmpty();
        assertThat(SignType.fromWire(null)).isEmpty();
    }

    @Test
    void wireNameWhenParsedBackThenSameType() {
        for (SignType type : SignType.values()) {
            assertThat(SignType.fromWire(type.wireName())).contains(type);
            assertThat(SignType.fromWire(type.name())).contains(type);
        }
    }
}
