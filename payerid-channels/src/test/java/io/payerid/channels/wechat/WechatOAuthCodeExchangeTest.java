package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatOfficialAccount;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lean sns/oauth2/access_token call against a local stand-in for WeChat: query, token, errcode, garbage. */
class WechatOAuthCodeExchangeTest {

    private static final WechatOfficialAccount ACCOUNT = new WechatOfficialAccount("wxoa0000000000001",
            Secret.of("oa-secret-0123456789&x=1"), ChannelMode.DIRECT, null);

    private HttpServer server;
    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<String> answer = new AtomicReference<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sns/oauth2/access_token", exchange -> {
            try (exchange) {
                query.set(exchange.getRequestURI().getRawQuery());
                byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void exchangeWhenWechatAnswersATokenThenItsFieldsAndAnEncodedQuery() throws Exception {
        answer.set("{\"access_token\":\"ACCESS\",\"expires_in\":7200,\"refresh_token\":\"REFRESH\",\"openid\":\"oPayer001\","
                + "\"scope\":\"snsapi_base\",\"is_snapshotuser\":1,\"unionid\":\"uPayer001\"}");
        WxOAuth2AccessToken token = exchange().exchange(ACCOUNT, "code/with+odd=chars");
        assertThat(token.getOpenId()).isEqualTo("oPayer001");
        assertThat(token.getUnionId()).isEqualTo("uPayer001");
        assertThat(token.getAccessToken()).isEqualTo("ACCESS");
        assertThat(token.getExpiresIn()).isEqualTo(7200);
        assertThat(token.getSnapshotUser()).isEqualTo(1);
        assertThat(query.get()).isEqualTo("appid=wxoa0000000000001&secret=oa-secret-0123456789%26x%3D1"
                + "&code=code%2Fwith%2Bodd%3Dchars&grant_type=authorization_code");
    }

    @Test
    void exchangeWhenNoUnionIdOrSnapshotFlagThenNull() throws Exception {
        answer.set("{\"access_token\":\"A\",\"expires_in\":7200,\"openid\":\"oPayer002\",\"unionid\":\"\"}");
        WxOAuth2AccessToken token = exchange().exchange(ACCOUNT, "c");
        assertThat(token.getUnionId()).isNull();
        assertThat(token.getSnapshotUser()).isNull();
    }

    @Test
    void exchangeWhenWechatAnswersAnErrcodeThenWxErrorExceptionAsWxJavaReportsIt() {
        answer.set("{\"errcode\":40029,\"errmsg\":\"invalid code, rid: 6a1b\"}");
        assertThatThrownBy(() -> exchange().exchange(ACCOUNT, "used"))
                .isInstanceOfSatisfying(WxErrorException.class, e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo(40029);
                    assertThat(e.getError().getErrorMsg()).contains("rid");
                    assertThat(e.getError().getJson()).as("the whole answer stays out of the exception").isNull();
                    assertThat(WechatErrors.translate(e).code()).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
                });
    }

    @Test
    void exchangeWhenAnswerIsNotJsonOrHasNoOpenidThenUpstreamErrorWithoutTheAnswer() {
        for (String garbage : new String[] {"<html>oops</html>", "[1,2]", "{\"access_token\":\"A\"}", "{\"errcode\":\"x\"}", ""}) {
            answer.set(garbage);
            assertThatThrownBy(() -> exchange().exchange(ACCOUNT, "c")).as(garbage)
                    .isInstanceOfSatisfying(PayerIdException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                        assertThat(e.getMessage()).doesNotContain("oops").doesNotContain("oa-secret");
                    });
        }
    }

    @Test
    void exchangeWhenWechatIsUnreachableThenUpstreamUnavailableNamingNoSecret() {
        server.stop(0);
        assertThatThrownBy(() -> exchange().exchange(ACCOUNT, "c"))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
                    assertThat(e.getMessage()).doesNotContain("oa-secret");
                });
    }

    @Test
    void hostsWhenNoApiHostIsConfiguredThenWechatsOwn() {
        assertThat(WechatHosts.official().apiBaseUrl()).isEqualTo("https://api.weixin.qq.com");
        assertThat(new WechatHosts(null, "http://127.0.0.1:1/sandbox/wechat/api").apiBaseUrl())
                .isEqualTo("http://127.0.0.1:1/sandbox/wechat/api");
    }

    private WechatOAuthCodeExchange exchange() {
        return new WechatOAuthCodeExchange(new WechatHosts(null, "http://127.0.0.1:" + server.getAddress().getPort()));
    }
}
