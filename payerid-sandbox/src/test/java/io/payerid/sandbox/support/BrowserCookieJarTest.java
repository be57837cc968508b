package io.payerid.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BrowserCookieJarTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T00:00:00Z"));
    private final BrowserCookieJar jar = new BrowserCookieJar(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    private void set(String url, String header) {
        jar.put(URI.create(url), Map.of("Set-Cookie", List.of(header)));
    }

    private String sent(String url) {
        return jar.get(URI.create(url), Map.of()).getOrDefault("Cookie", List.of("")).getFirst();
    }

    @Test
    void getWhenAMaxAgeCookieWasSetThenItIsSentPlainAsBrowsersDo() {
        set("http://localhost:8080/v1/oauth/authorize", "payerid_flow=abc; Path=/v1/oauth/callback/wechat_oa/k1.x; Max-Age=600; HttpOnly; SameSite=Lax");
        assertThat(sent("http://localhost:9090/v1/oauth/callback/wechat_oa/k1.x?code=1")).isEqualTo("payerid_flow=abc");
    }

    @Test
    void getWhenThePathDiffersThenNotSent() {
        set("http://localhost/a", "c=1; Path=/v1/oauth/callback/wechat_oa/k1.x");
        assertThat(sent("http://localhost/v1/oauth/callback/wechat_oa/k1.y")).isEmpty();
        assertThat(sent("http://localhost/v1/oauth/callback/wechat_oa/k1.xy")).isEmpty();
        assertThat(sent("http://localhost/v1/oauth/authorize")).isEmpty();
        assertThat(sent("http://127.0.0.1/v1/oauth/callback/wechat_oa/k1.x")).as("another host").isEmpty();
    }

    @Test
    void getWhenMaxAgePassedThenNotSent() {
        set("http://localhost/", "c=1; Path=/; Max-Age=600");
        now.set(now.get().plus(Duration.ofSeconds(601)));
        assertThat(sent("http://localhost/")).isEmpty();
    }

    @Test
    void putWhenSecureOverHttpThenDroppedAndOverHttpsOnlySentOverHttps() {
        set("http://localhost/", "c=1; Path=/; Secure");
        assertThat(sent("http://localhost/")).isEmpty();
        set("https://localhost/", "c=2; Path=/; Secure");
        assertThat(sent("https://localhost/")).isEqualTo("c=2");
        assertThat(sent("http://localhost/")).isEmpty();
    }

    @Test
    void getWhenSeveralMatchThenTheLongestPathFirstAndUserCookiesToo() {
        jar.add(URI.create("http://localhost/"), "payer", "alice");
        set("http://localhost/", "c=deep; Path=/a/b");
        set("http://localhost/", "c=shallow; Path=/a");
        assertThat(sent("http://localhost/a/b/c")).isEqualTo("c=deep; c=shallow; payer=alice");
        set("http://localhost/", "c=gone; Path=/a; Max-Age=0");
        assertThat(sent("http://localhost/a/b/c")).isEqualTo("c=deep; payer=alice");
    }
}
