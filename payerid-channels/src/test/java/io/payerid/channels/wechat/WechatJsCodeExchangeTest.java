package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.MiniProgramSession;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatMiniApp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The jscode2session call against a local stand-in for WeChat: query encoding and an answer of any size. */
class WechatJsCodeExchangeTest {

    private static final ChannelConfig MINI_APP = new ChannelConfig("c1", OwnerType.INSTITUTION, "i1",
            ChannelKind.WECHAT_MINIAPP, ChannelMode.DIRECT, Map.of(WechatMiniApp.APP_ID, "wxminiapp00000001"),
            Map.of(WechatMiniApp.APP_SECRET, Secret.of("mini-app-secret-0123456789")), 0);

    private HttpServer server;
    private final AtomicReference<String> query = new AtomicReference<>();
    private final AtomicReference<Integer> answerBytes = new AtomicReference<>(0);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/sns/jscode2session", exchange -> {
            try (exchange) {
                query.set(exchange.getRequestURI().getRawQuery());
                int size = answerBytes.get();
                byte[] ok = "{\"openid\":\"oMiniPayer0001\",\"session_key\":\"c2Vzc2lvbi1rZXk=\"}".getBytes(StandardCharsets.UTF_8);
                // size < 0: a chunked answer that never ends, as a broken or hostile upstream could send
                exchange.sendResponseHeaders(200, size == 0 ? ok.length : 0);
                OutputStream body = exchange.getResponseBody();
                if (size == 0) {
                    body.write(ok);
                } else {
                    byte[] chunk = new byte[8192];
                    java.util.Arrays.fill(chunk, (byte) ' ');
                    while (!Thread.currentThread().isInterrupted()) {
                        body.write(chunk);
                    }
                }
            } catch (IOException clientGaveUp) {
                // the exchange stopped reading at its cap and closed the connection: that is the point
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private WechatJsCodeExchange exchange() {
        return new WechatJsCodeExchange(new WechatHosts(null, "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @Test
    void exchangeWhenCodeCarriesQuerySyntaxThenItStaysOneEncodedParameter() {
        MiniProgramSession session = exchange().exchange(MINI_APP, "abc&grant_type=client_credential");

        assertThat(session.openId()).isEqualTo("oMiniPayer0001");
        assertThat(query.get()).contains("js_code=abc%26grant_type%3Dclient_credential")
                .endsWith("&grant_type=authorization_code");
    }

    @Test
    void exchangeWhenAnswerNeverEndsThenUpstreamErrorAfterReadingOnlyTheCap() {
        answerBytes.set(-1);

        // Reading the whole answer first (as before) would never return here.
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> exchange().exchange(MINI_APP, "0a1b2c3d")))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                    assertThat(e.getMessage()).contains("too large").doesNotContain("mini-app-secret");
                });
    }
}
