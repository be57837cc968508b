package io.payerid.sandbox.wechat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

import io.payerid.sandbox.support.MovableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.wechat.BaseApiClient.errcode;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code /cgi-bin/token} and {@code /cgi-bin/stable_token}: rotation, overlap, force limits, isolation, errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WechatBaseTokenApiTest {

    private static final int ACCEPTED = 41009; // getpaidunionid got past the token to the missing openid
    private static final int NOT_LATEST = 40001;
    private static final int EXPIRED = 42001;

    @Value("${local.server.port}")
    int port;

    @Autowired
    MovableClock clock;

    @Autowired
    SandboxWechatApps apps;

    BaseApiClient api;
    SandboxWechatApp app;

    @BeforeEach
    void freshApp() {
        api = new BaseApiClient(new SandboxBrowser(port));
        app = BaseApiClient.newApp(apps, "open-sandbox-1");
    }

    @Test
    void everyClassicFetchIssuesANewTokenAndThePreviousOneLivesFiveMoreMinutes() {
        Map<String, Object> first = classic();
        clock.advance(Duration.ofSeconds(10));
        String a = (String) first.get("access_token");
        String b = (String) classic().get("access_token");

        assertThat(first).containsOnlyKeys("access_token", "expires_in").containsEntry("expires_in", 7200);
        assertThat(a).hasSize(128).isNotEqualTo(b);
        assertThat(api.tokenStatus(a)).isEqualTo(ACCEPTED);
        assertThat(api.tokenStatus(b)).isEqualTo(ACCEPTED);

        clock.advance(Duration.ofSeconds(299));
        assertThat(api.tokenStatus(a)).as("299 s after it was replaced").isEqualTo(ACCEPTED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.tokenStatus(a)).as("300 s after it was replaced").isEqualTo(NOT_LATEST);
        assertThat(api.tokenStatus(b)).isEqualTo(ACCEPTED);
        assertThat(api.tokenFetches(app.appid())).isEqualTo(2);
    }

    @Test
    void aThirdClassicFetchRetiresTheFirstTokenAtOnce() {
        String a = (String) classic().get("access_token");
        String b = (String) classic().get("access_token");
        String c = (String) classic().get("access_token");

        assertThat(api.tokenStatus(a)).isEqualTo(NOT_LATEST);
        assertThat(api.tokenStatus(b)).isEqualTo(ACCEPTED);
        assertThat(api.tokenStatus(c)).isEqualTo(ACCEPTED);
    }

    @Test
    void aTokenPastItsLifetimeIsReportedExpired() {
        String token = (String) classic().get("access_token");

        clock.advance(Duration.ofSeconds(7199));
        assertThat(api.tokenStatus(token)).isEqualTo(ACCEPTED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(api.tokenStatus(token)).isEqualTo(EXPIRED);
        assertThat(api.tokenStatus("never-issued")).isEqualTo(NOT_LATEST);
    }

    @Test
    void theStableTokenStaysTheSameUntilLessThanFiveMinutesAreLeft() {
        Map<String, Object> first = stable(false);
        String token = (String) first.get("access_token");
        clock.advance(Duration.ofSeconds(6900));
        Map<String, Object> at300Left = stable(false);
        clock.advance(Duration.ofSeconds(1));
        Map<String, Object> at299Left = stable(false);
        String next = (String) at299Left.get("access_token");

        assertThat(first).containsEntry("expires_in", 7200);
        assertThat(at300Left).containsEntry("access_token", token).containsEntry("expires_in", 300);
        assertThat(next).isNotEqualTo(token);
        assertThat(at299Left).containsEntry("expires_in", 7200);
        assertThat(api.tokenStatus(token)).as("lives out its own time").isEqualTo(ACCEPTED);
        clock.advance(Duration.ofSeconds(299));
        assertThat(api.tokenStatus(token)).isEqualTo(EXPIRED);
        assertThat(api.tokenStatus(next)).isEqualTo(ACCEPTED);
        assertThat(api.tokenFetches(app.appid())).isEqualTo(3);
    }

    @Test
    void forcedRefreshesAreThirtySecondsApartAndTwentyADay() {
        startOfAChinaDay();
        String initial = (String) stable(false).get("access_token");
        String forced = (String) stable(true).get("access_token");
        clock.advance(Duration.ofSeconds(29));
        String tooSoon = (String) stable(true).get("access_token");
        clock.advance(Duration.ofSeconds(1));
        String forcedAgain = (String) stable(true).get("access_token");

        assertThat(forced).isNotEqualTo(initial);
        assertThat(tooSoon).as("refused force: the current token").isEqualTo(forced);
        assertThat(forcedAgain).isNotEqualTo(forced);
        assertThat(api.tokenStatus(initial)).as("two forces 30 s apart revoke a token").isEqualTo(NOT_LATEST);
        assertThat(api.tokenStatus(forced)).isEqualTo(ACCEPTED);

        String latest = forcedAgain;
        for (int i = 3; i <= 20; i++) {
            clock.advance(Duration.ofSeconds(30));
            String next = (String) stable(true).get("access_token");
            assertThat(next).as("force #%d", i).isNotEqualTo(latest);
            latest = next;
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(stable(true).get("access_token")).as("force #21 the same day").isEqualTo(latest);
    }

    @Test
    void classicAndStableTokensNeverRetireEachOther() {
        String stableToken = (String) stable(false).get("access_token");
        classic();
        classic();
        String classicToken = (String) classic().get("access_token");

        assertThat(api.tokenStatus(stableToken)).as("after three classic fetches").isEqualTo(ACCEPTED);
        assertThat(stable(false)).containsEntry("access_token", stableToken);

        stable(true);
        clock.advance(Duration.ofSeconds(30));
        stable(true);
        assertThat(api.tokenStatus(stableToken)).as("revoked by two forces").isEqualTo(NOT_LATEST);
        assertThat(api.tokenStatus(classicToken)).as("after two forced stable refreshes").isEqualTo(ACCEPTED);
    }

    @Test
    void wrongCredentialsGetWechatsErrcodes() {
        assertThat(errcode(api.classicToken("wxnosuchapp", "s"))).isEqualTo(40013);
        assertThat(errcode(api.classicToken(app.appid(), "wrong"))).isEqualTo(40125);
        assertThat(errcode(api.stableToken("wxnosuchapp", "s", false))).isEqualTo(40013);
        assertThat(errcode(api.stableToken(app.appid(), "wrong", false))).isEqualTo(40125);
        assertThat(errcode(api.stableTokenRaw("""
                {"grant_type":"authorization_code","appid":"%s","secret":"%s"}""".formatted(app.appid(), app.secret()))))
                .isEqualTo(40002);
        assertThat(errcode(api.stableTokenRaw("{\"grant_type\":\"client_credential\",\"secret\":\"s\"}"))).isEqualTo(41002);
        assertThat(errcode(api.stableTokenRaw("{\"grant_type\":\"client_credential\",\"appid\":\"wx1\"}"))).isEqualTo(41004);
        assertThat(errcode(api.stableTokenRaw("not json"))).isEqualTo(47001);
        assertThat(errcode(api.stableTokenRaw("""
                {"grant_type":"client_credential","appid":"%s","secret":"%s","force_refresh":"yes"}"""
                .formatted(app.appid(), app.secret())))).isEqualTo(47001);
        assertThat(api.tokenFetches(app.appid())).as("refusals are not fetches").isZero();
    }

    @Test
    void theClassicEndpointChecksGrantType() {
        Map<String, Object> answer = new BaseApiClient(new SandboxBrowser(port)).classicToken(app.appid(), app.secret());
        assertThat(answer).containsKey("access_token");
        SandboxBrowser raw = new SandboxBrowser(port);
        Map<String, Object> wrongGrant = raw.json(BaseApiClient.API + "/cgi-bin/token?grant_type=x&appid="
                + app.appid() + "&secret=" + app.secret());
        assertThat(errcode(wrongGrant)).isEqualTo(40002);
        assertThat((String) wrongGrant.get("errmsg")).startsWith("invalid grant_type").contains("rid: ");
    }

    /** The daily force quota is per China-time day: start at 01:00 there so 20 forces stay within one day. */
    private void startOfAChinaDay() {
        ZonedDateTime now = clock.instant().atZone(ZoneId.of("Asia/Shanghai"));
        ZonedDateTime oneAm = now.toLocalDate().plusDays(1).atTime(1, 0).atZone(now.getZone());
        clock.advance(Duration.between(now, oneAm));
    }

    private Map<String, Object> classic() {
        Map<String, Object> answer = api.classicToken(app.appid(), app.secret());
        assertThat(answer).as("classic token").containsKey("access_token");
        return answer;
    }

    private Map<String, Object> stable(boolean force) {
        Map<String, Object> answer = api.stableToken(app.appid(), app.secret(), force);
        assertThat(answer).as("stable token").containsKey("access_token");
        return answer;
    }
}
