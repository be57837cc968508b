package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WhitelistEntryParserTest {

    @Test
    void parsesSchemeHostPortAndPrefix() {
        assertThat(WhitelistEntryParser.parse("https://shop.example.com/pay/"))
                .isEqualTo(new WhitelistEntryParser.Target("https", "shop.example.com", -1, "/pay/"));
        assertThat(WhitelistEntryParser.parse("HTTP://Shop.Example.COM:8080/Pay"))
                .isEqualTo(new WhitelistEntryParser.Target("http", "shop.example.com", 8080, "/Pay"));
        assertThat(WhitelistEntryParser.parse("https://shop.example.com"))
                .isEqualTo(new WhitelistEntryParser.Target("https", "shop.example.com", -1, ""));
        assertThat(WhitelistEntryParser.parse("https://shop.example.com/").pathPrefix()).isEmpty();
        assertThat(WhitelistEntryParser.parse("https://shop.example.com:443/a").port()).isEqualTo(-1);
        assertThat(WhitelistEntryParser.parse("http://shop.example.com:80/a").port()).isEqualTo(-1);
        assertThat(WhitelistEntryParser.parse("http://shop.example.com:443/a").port()).isEqualTo(443);
        assertThat(WhitelistEntryParser.parse("http://127.0.0.1:3000/cb").host()).isEqualTo("127.0.0.1");
        assertThat(WhitelistEntryParser.parse("http://localhost:3000").host()).isEqualTo("localhost");
        assertThat(WhitelistEntryParser.parse("http://[::1]:3000/").host()).isEqualTo("[::1]");
        assertThat(WhitelistEntryParser.parse("https://shop.example.com:8443/pay/").display())
                .isEqualTo("https://shop.example.com:8443/pay/");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", "//evil.com", "https://user@good.com", "https://user:pw@good.com/", "ftp://x",
            "data:text/html,hi", "https:good.com", "https:///path", "https://", "good.com/pay", "/pay",
            "https://good.com/pay?x=1", "https://good.com/pay?", "https://good.com/#frag", "https://good.com#",
            "https://*.good.com/", "https://good.com./", "https://good_com.com/", "https://good.com:0/",
            "https://good.com:99999/", "https://good.com:/", "https://good.com/a/../b", "https://good.com/./a",
            "https://good.com//a", "https://good.com/a%2fb", "https://good.com/a%2e%2e/", "https://good.com\\@evil.com",
            "https://good.com /a", "https://gööd.com/", "https://good.com/\u0000", "https://999.1.1.1/",
            "https://-good.com/", " ", ""})
    void rejectsAnythingElse(String url) {
        assertThatThrownBy(() -> WhitelistEntryParser.parse(url))
                .isInstanceOfSatisfying(PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    /** Issue 7 item 10: hosts browsers read as IPv4 numbers, and path parameters, are never stored. */
    @ParameterizedTest
    @ValueSource(strings = {
            "https://0x7f000001/", "https://0X7F000001/pay/", "https://2130706433/", "https://0177.0.0.1/",
            "https://127.1/", "https://0x7f.1/", "https://127.0.0.01/", "https://shop.0x7f/", "https://a.b.123/",
            "https://localhost./", "https://*.localhost/",
            "https://shop.example.com/pay/..;/admin/", "https://shop.example.com/pay;/",
            "https://shop.example.com/pay;jsessionid=1", "https://shop.example.com/pay/%3B/",
            "https://shop.example.com/pay/..%2F", "https://shop.example.com/pay/%2e%2e/"})
    void parseWhenHostIsNumericFormOrPathHasParametersThenInvalidRequest(String url) {
        assertThatThrownBy(() -> WhitelistEntryParser.parse(url))
                .isInstanceOfSatisfying(PayerIdException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST));
    }

    @Test
    void limitsLengths() {
        String longHost = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".com";
        assertThatThrownBy(() -> WhitelistEntryParser.parse("https://" + longHost + "/"))
                .isInstanceOf(PayerIdException.class);
        assertThatThrownBy(() -> WhitelistEntryParser.parse("https://good.com/" + "p".repeat(200)))
                .isInstanceOf(PayerIdException.class);
    }
}
