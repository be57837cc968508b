package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class LocationTextTest {

    static final List<String> PLAIN = List.of(
            "http://localhost:8080/sandbox/wechat/open/connect/oauth2/authorize?appid=wx&redirect_uri=http%3A%2F%2Fh%2Fk1.Ab-_"
                    + "&response_type=code&scope=snsapi_base&state=s&connect_redirect=1#wechat_redirect",
            "https://shop.example.com/pay/return?order=42&state=a%20b&x=!$'()*+,;=:@~#/done?x",
            "/relative/path?q=1", "https://h/%E4%B8%AD");

    static final List<String> NOT_PLAIN = List.of("", "https://h/a b", "https://h/\r\nSet-Cookie:x", "https://h/中文",
            "https://h/%zz", "https://h/%4", "https://h/100%", "https://h/\"<>", "https://h/{x}|\\^`",
            "http://[::1]/", "https://h/#a#b", "https://h/\u0000");

    @Test
    void isPlainUriWhenOnlyLegalCharactersThenTrueAndUriWouldReturnTheSameText() {
        for (String location : PLAIN) {
            assertThat(LocationText.isPlainUri(location)).as(location).isTrue();
            assertThat(URI.create(location).toASCIIString()).isEqualTo(location);
        }
    }

    @Test
    void isPlainUriWhenAnythingElseThenFalse() {
        for (String location : NOT_PLAIN) {
            assertThat(LocationText.isPlainUri(location)).as(location).isFalse();
        }
    }

    @Test
    void foundWhenPlainOrNonAsciiThenLocationAsUriWouldWriteIt() {
        for (String location : PLAIN) {
            assertThat(Redirects.found(location).getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo(location);
        }
        assertThat(Redirects.found("https://h/中文?q=é").getHeaders().getFirst(HttpHeaders.LOCATION))
                .isEqualTo("https://h/%E4%B8%AD%E6%96%87?q=%C3%A9");
        assertThat(Redirects.found("http://[::1]:8080/x").getHeaders().getFirst(HttpHeaders.LOCATION)).isEqualTo("http://[::1]:8080/x");
    }

    @Test
    void foundWhenNoUriCouldHoldTheTextThenRefusedAsBefore() {
        assertThatThrownBy(() -> Redirects.found("https://h/\r\nSet-Cookie: x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redirects.found("https://h/a b")).isInstanceOf(IllegalArgumentException.class);
    }
}
