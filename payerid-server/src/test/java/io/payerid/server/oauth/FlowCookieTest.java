package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.flow.BrowserKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseCookie;

class FlowCookieTest {

    private static final BrowserKey KEY = BrowserKey.parse("k".repeat(43)).orElseThrow();
    private static final String PATH = "/v1/oauth/callback/wechat_oa/k1.AbC-_09";

    @Test
    void setCookieWhenFixedClockThenExpiresIsMaxAgeLater() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-07T14:00:00.700Z"), ZoneOffset.UTC);

        String header = new FlowCookie(clock, 600, false).setCookie(KEY, PATH);

        assertThat(header).isEqualTo("payerid_flow=" + KEY.value() + "; Path=" + PATH
                + "; Max-Age=600; Expires=Mon, 07 Dec 2026 14:10:00 GMT; HttpOnly; SameSite=Lax");
    }

    @Test
    void setCookieWhenSameAttributesThenSameTextAsSpringResponseCookie() {
        for (boolean secure : new boolean[] {false, true}) {
            String ours;
            String spring;
            long second;
            do {  // ResponseCookie dates from the system clock: compare two texts made within one second
                second = Instant.now().getEpochSecond();
                ours = new FlowCookie(Clock.systemUTC(), 600, secure).setCookie(KEY, PATH);
                spring = ResponseCookie.from(BrowserBinding.COOKIE, KEY.value()).path(PATH).maxAge(600)
                        .httpOnly(true).secure(secure).sameSite("Lax").build().toString();
            } while (second != Instant.now().getEpochSecond());
            assertThat(ours).as("secure=" + secure).isEqualTo(spring);
        }
    }

    @Test
    void setCookieWhenClockMovesToTheNextSecondThenExpiresMovesWithIt() {
        AtomicLong millis = new AtomicLong(Instant.parse("2026-12-07T14:00:00.999Z").toEpochMilli());
        FlowCookie cookie = new FlowCookie(() -> Instant.ofEpochMilli(millis.get()), 600, true);

        String first = cookie.setCookie(KEY, PATH);
        millis.addAndGet(1);
        String second = cookie.setCookie(KEY, PATH);

        assertThat(first).contains("Expires=Mon, 07 Dec 2026 14:10:00 GMT; Secure; HttpOnly");
        assertThat(second).contains("Expires=Mon, 07 Dec 2026 14:10:01 GMT; Secure; HttpOnly");
    }
}
