package io.payerid.core.redirect;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.WhitelistEntry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectWhitelistTest {

    private final RedirectWhitelist whitelist = new RedirectWhitelist(List.of(
            new WhitelistEntry("1", "m", "https", "good.com", -1, ""),
            new WhitelistEntry("2", "m", "https", "shop.example.com", -1, "/pay"),
            new WhitelistEntry("3", "m", "http", "localhost", 8080, "/demo/")));

    @ParameterizedTest
    @ValueSource(strings = {
            "https://good.com",
            "https://good.com/",
            "https://good.com/any/path?x=1&y=2",
            "https://good.com/#/spa/route",
            "HTTPS://GOOD.COM/MixedCase",
            "https://Good.Com/x",
            "https://good.com:443/explicit-default-port",
            "https://shop.example.com/pay",
            "https://shop.example.com/pay/return?o=1",
            "http://localhost:8080/demo/return"})
    void allows(String uri) {
        assertThat(whitelist.allows(uri)).as(uri).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "//evil.com",
            "//good.com/x",
            "/relative/path",
            "https://good.com.evil.com/",
            "https://evil.com/good.com",
            "https://evilgood.com/",
            "https://evil.com\\@good.com",
            "https://evil.com\\.good.com",
            "https://good.com@evil.com/",
            "https://user:pass@good.com/",
            "https://user@good.com/",
            "https://good.com:8443/",
            "http://good.com/",
            "https://good.com:80/",
            "javascript:alert(1)//good.com",
            "JavaScript://good.com/%0aalert(1)",
            "data:text/html,<script>alert(1)</script>",
            "ftp://good.com/",
            "https:good.com",
            "https:///good.com",
            "https://shop.example.com/payments",
            "https://shop.example.com/",
            "https://shop.example.com/pay/../admin",
            "https://shop.example.com/pay/%2e%2e/admin",
            "https://shop.example.com/pay%2f..%2fadmin",
            "http://localhost:8080/demox",
            "http://localhost/demo/",
            "http://localhost:8081/demo/",
            "https://good.com/\tx",
            "https://good.com/ x",
            " https://good.com/",
            "https://good.com/\nx",
            ""})
    void refuses(String uri) {
        assertThat(whitelist.allows(uri)).as(uri).isFalse();
    }

    /** Issue 7 item 10: Tomcat/Spring merchant backends route path parameters outside the prefix. */
    @ParameterizedTest
    @ValueSource(strings = {
            "https://shop.example.com/pay/..;/admin/",
            "https://shop.example.com/pay/..;/",
            "https://shop.example.com/pay;/../admin",
            "https://shop.example.com/pay;jsessionid=x",
            "https://shop.example.com/pay/x;y=1/return",
            "https://shop.example.com/pay/..%3B/admin/",
            "https://shop.example.com/pay/..%3b/admin/",
            "https://shop.example.com/pay/%2e%2e;/admin/",
            "https://shop.example.com/pay/.%2e/admin/",
            "https://shop.example.com/pay/..%2Fadmin/",
            "https://shop.example.com/pay/%252e%252e%253b/admin/",
            "http://localhost:8080/demo/..;/admin"})
    void allowsWhenPrefixedTargetCarriesPathParameterThenRefuses(String uri) {
        assertThat(whitelist.allows(uri)).as(uri).isFalse();
    }

    @Test
    void allowsWhenWholeOriginTargetCarriesPathParameterThenAllows() {
        assertThat(whitelist.allows("https://good.com/a;b=1/c")).isTrue();
    }

    @Test
    void allowsWhenEntryHasNoPrefixAndIsNotWholeOriginThenRefusesEveryPath() {
        RedirectWhitelist notWhole = new RedirectWhitelist(List.of(
                new WhitelistEntry("1", "m", "https", "good.com", -1, null, false)));
        assertThat(notWhole.allows("https://good.com/")).isFalse();
        assertThat(notWhole.allows("https://good.com/any")).isFalse();
    }

    @Test
    void nullAndOverlongAreRefused() {
        assertThat(whitelist.allows(null)).isFalse();
        assertThat(whitelist.allows("https://good.com/" + "a".repeat(3000))).isFalse();
    }

    @Test
    void emptyWhitelistAllowsNothing() {
        assertThat(new RedirectWhitelist(List.of()).allows("https://good.com/")).isFalse();
    }

    @Test
    void appendsQueryBeforeFragmentWithTheRightSeparator() {
        assertThat(RedirectUris.appendQuery("https://a.com/r", java.util.Map.of("openid", "o1")))
                .isEqualTo("https://a.com/r?openid=o1");
        assertThat(RedirectUris.appendQuery("https://a.com/r?aa=123", java.util.Map.of("openid", "o1")))
                .isEqualTo("https://a.com/r?aa=123&openid=o1");
        assertThat(RedirectUris.appendQuery("https://a.com/#/route", java.util.Map.of("openid", "o 1&x")))
                .isEqualTo("https://a.com/?openid=o%201%26x#/route");
    }
}
