package io.payerid.sandbox.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://m.example/cb             | https://m.example/cb?code=C1&state=S1",
            "https://m.example/cb?            | https://m.example/cb?code=C1&state=S1",
            "https://m.example/cb?a=1         | https://m.example/cb?a=1&code=C1&state=S1",
            "https://m.example/cb?a=1&        | https://m.example/cb?a=1&code=C1&state=S1",
            "https://m.example/cb#/route      | https://m.example/cb?code=C1&state=S1#/route",
            "https://m.example/cb?a=1#/r?x=2  | https://m.example/cb?a=1&code=C1&state=S1#/r?x=2"})
    void appendsWithTheRightSeparatorAndKeepsTheFragment(String url, String expected) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", "C1");
        params.put("state", "S1");

        assertThat(CallbackUrls.withQueryParams(url, params)).isEqualTo(expected);
    }

    @Test
    void encodesValues() {
        assertThat(CallbackUrls.withQueryParams("https://m.example/", Map.of("state", "a b&c")))
                .isEqualTo("https://m.example/?state=a+b%26c");
    }

    @Test
    void readsTheRealHostOfHttpUrlsOnly() {
        assertThat(CallbackUrls.httpHost("https://merchant.example:8443/x")).hasValue("merchant.example");
        assertThat(CallbackUrls.httpHost("HTTP://merchant.example")).hasValue("merchant.example");
        assertThat(CallbackUrls.httpHost("https://merchant.example@evil.com/")).hasValue("evil.com");
        assertThat(CallbackUrls.httpHost("https://evil.com\\@merchant.example/")).isEmpty();
        assertThat(CallbackUrls.httpHost("ftp://merchant.example/")).isEmpty();
        assertThat(CallbackUrls.httpHost("//merchant.example/")).isEmpty();
        assertThat(CallbackUrls.httpHost("javascript:alert(1)")).isEmpty();
    }
}
