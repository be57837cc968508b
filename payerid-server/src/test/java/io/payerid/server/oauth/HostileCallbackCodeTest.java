package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.dialect.SeedTenants;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.RawHttp;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001 starts a WeChat flow without any signature, so anybody can reach a genuine callback URL and put
 * whatever they like in its {@code code}. Such a code once reached WxJava unencoded, which threw an exception
 * whose message was the upstream URL with {@code secret=<appSecret>}: logged at ERROR, and a 500 to the payer.
 * Now the code's shape is checked at the edge: the payer sees AUTH_CODE_INVALID, and the log guard (active in
 * every test) proves no secret was logged.
 */
class HostileCallbackCodeTest extends GatewayTest {

    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;

    @BeforeEach
    void seedMerchant() {
        SeedTenants seeds = new SeedTenants(directory, admin);
        Institution isv = seeds.institution("LTF_HOSTILE", "ltf-hostile-institution-key");
        seeds.merchant(isv, "HOSTILE_1", List.of("http://www.qq.com"));
    }

    /** A started flow: its callback URL (with state) and the browser cookie the entry set. */
    private record StartedCallback(String url, String cookie) {

        String path() {
            return URI.create(url).getRawPath();
        }

        String state() {
            return Browser.query(url).get("state");
        }

        RawHttp.Answer send(String code) {
            return RawHttp.send(PORT, "GET " + path() + "?code=" + code + "&state=" + state() + " HTTP/1.1\r\nUser-Agent: "
                    + Browser.WECHAT_ANDROID_UA + "\r\nCookie: " + cookie, null);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%20b", "a+b", "abc%00def", "abc%0D%0ASet-Cookie:%20x=1", "%3Cscript%3E", "a%22b",
            "a%7Cb", "a%27b", "abc%26secret%3Dx", "a%23b", "%E4%BD%A0%E5%A5%BD"})
    void callbackWhenCodeHasNoGenuineShapeThenPayerPageAndNoSecretLogged(String hostileCode) {
        RawHttp.Answer answer = callbackOfAFreshFlow().send(hostileCode);

        assertThat(answer.status()).as(hostileCode).isEqualTo(400);
        assertThat(answer.header("content-type")).startsWith("text/html");
        assertThat(answer.body()).contains("AUTH_CODE_INVALID").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%C0%AF", "%FF%FE", "abc%"})
    void callbackWhenCodeIsNotEvenDecodableThenInvalidRequestPage(String undecodable) {
        RawHttp.Answer answer = callbackOfAFreshFlow().send(undecodable);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("INVALID_REQUEST").doesNotContain("Exception");
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 5000})
    void callbackWhenCodeIsTooLongThenRefused(int length) {
        RawHttp.Answer answer = callbackOfAFreshFlow().send("a".repeat(length));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("AUTH_CODE_INVALID");
    }

    /** Starts a seed-001 flow: the callback URL WeChat would send the payer to, and the payer's flow cookie. */
    private static StartedCallback callbackOfAFreshFlow() {
        Browser browser = Browser.wechat();
        Hop entry = browser.get(BASE + "/open/wechatUserAuth?merchantCode=HOSTILE_1&redirectUri=http://www.qq.com");
        assertThat(entry.status()).isEqualTo(302);
        Map<String, String> authorize = Browser.query(entry.location());
        String url = authorize.get("redirect_uri") + (authorize.get("redirect_uri").contains("?") ? "&" : "?")
                + "state=" + authorize.get("state");
        String setCookie = browser.lastSetCookie("payerid_flow");
        return new StartedCallback(url, setCookie.substring(0, setCookie.indexOf(';')));
    }
}
