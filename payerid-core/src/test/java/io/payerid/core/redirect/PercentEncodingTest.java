package io.payerid.core.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentEncodingTest {

    /** Reserved characters, '%', spaces, controls, Latin-1, CJK, an emoji pair, lone surrogates, empty. */
    static final List<String> TABLE = List.of("", "abcXYZ019", "-_.!~*'()", " ", "a b  c", "+", "%", "%41", "100%",
            ":/?#[]@", "!$&'()*+,;=", "\"<>\\^`{|}", "\t\r\n\u0000\u007f", "é ü ß", "\u00ff\u0100", "中文 支付",
            "\u0800\uffff", "😀", "a😀b", "\ud83d", "\ude00", "x\ud83dy", "\ude00\ud83d",
            "http://localhost:8080/v1/oauth/callback/wechat_oa/k1.AbC-_9?x=1&y=2#frag",
            "https://shop.example.com/支付/return?order=42&msg=a b+c%20d");

    @Test
    void encodeWhenFormThenIdenticalToUrlEncoder() {
        for (String value : TABLE) {
            assertThat(PercentEncoding.FORM.encode(value)).as(value).isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Test
    void encodeWhenFormSpaceAsPercent20ThenIdenticalToUrlEncoderWithPlusReplaced() {
        for (String value : TABLE) {
            assertThat(PercentEncoding.FORM_SPACE_AS_PERCENT20.encode(value)).as(value)
                    .isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"));
        }
    }

    @Test
    void encodeWhenUriComponentThenMatchesJavaScriptEncodeUriComponent() {
        // Outputs of encodeURIComponent in a browser for the same inputs.
        assertThat(PercentEncoding.URI_COMPONENT.encode("-_.!~*'()azAZ09")).isEqualTo("-_.!~*'()azAZ09");
        assertThat(PercentEncoding.URI_COMPONENT.encode("a b+c%d")).isEqualTo("a%20b%2Bc%25d");
        assertThat(PercentEncoding.URI_COMPONENT.encode(":/?#[]@$&,;=")).isEqualTo("%3A%2F%3F%23%5B%5D%40%24%26%2C%3B%3D");
        assertThat(PercentEncoding.URI_COMPONENT.encode("中文é")).isEqualTo("%E4%B8%AD%E6%96%87%C3%A9");
        assertThat(PercentEncoding.URI_COMPONENT.encode("😀")).isEqualTo("%F0%9F%98%80");
    }

    @Test
    void encodeWhenRandomWellFormedStringsThenFormIdenticalToUrlEncoder() {
        Random random = new Random(8);
        for (int n = 0; n < 20_000; n++) {
            String value = randomString(random, true);
            assertThat(PercentEncoding.FORM.encode(value)).isEqualTo(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    /**
     * Malformed UTF-16 (no URL the gateway builds holds any): one "?" per lone surrogate, as
     * {@code String.getBytes(UTF_8)} substitutes. URLEncoder is not a reference here: it sometimes folds a lone
     * surrogate into its neighbour's replacement.
     */
    @Test
    void encodeWhenLoneSurrogatesThenEachBecomesOneEncodedQuestionMarkAsGetBytesMakesIt() {
        Random random = new Random(9);
        for (int n = 0; n < 20_000; n++) {
            String value = randomString(random, false);
            assertThat(PercentEncoding.URI_COMPONENT.encode(value)).isEqualTo(reference(value));
        }
    }

    /** encodeURIComponent over the bytes {@code String.getBytes(UTF_8)} gives. */
    private static String reference(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int octet = b & 0xFF;
            if (octet < 128 && (Character.isLetterOrDigit(octet) || "-_.!~*'()".indexOf(octet) >= 0)) {
                out.append((char) octet);
            } else {
                out.append('%').append(String.format("%02X", octet));
            }
        }
        return out.toString();
    }

    @Test
    void encodeWhenNothingToEscapeThenSameInstance() {
        String token = "k1.AbCdEf-_09";
        assertThat(PercentEncoding.FORM.encode(token)).isSameAs(token);
    }

    @Test
    void appendEncodedWhenBuilderHasTextThenAppendsAfterIt() {
        StringBuilder out = new StringBuilder("a=");
        assertThat(PercentEncoding.URI_COMPONENT.appendEncoded(out, "x y").append("&b").toString()).isEqualTo("a=x%20y&b");
    }

    /** Mostly ASCII with every class of character mixed in; lone surrogates unless {@code wellFormed}. */
    static String randomString(Random random, boolean wellFormed) {
        int length = random.nextInt(24);
        StringBuilder sb = new StringBuilder(length * 2);
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(6)) {
                case 0, 1 -> sb.append((char) random.nextInt(128));
                case 2 -> sb.append((char) (0x80 + random.nextInt(0x780)));
                case 3 -> sb.append((char) (0x800 + random.nextInt(0xD000)));
                case 4 -> sb.appendCodePoint(0x10000 + random.nextInt(0xFFFFF));
                default -> sb.append(wellFormed ? 'z' : (char) (0xD800 + random.nextInt(0x800)));
            }
        }
        return sb.toString();
    }
}
