package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared WeChat pool's request chain is only what WeChat's JSON API needs: a redirect is an answer (never
 * followed), a cookie an upstream sets is never sent back, and no compressed answer is asked for.
 */
class WechatHttpClientBuilderTest {

    private HttpServer server;
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                seen.add(exchange.getRequestURI().getPath() + " cookie=" + exchange.getRequestHeaders().getFirst("Cookie")
                        + " accept-encoding=" + exchange.getRequestHeaders().getFirst("Accept-Encoding"));
                if (exchange.getRequestURI().getPath().equals("/moved")) {
                    exchange.getResponseHeaders().add("Location", "/elsewhere");
                    exchange.sendResponseHeaders(302, -1);
                    return;
                }
                byte[] ok = "{\"errcode\":0}".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Set-Cookie", "session=tracked; Path=/");
                exchange.sendResponseHeaders(200, ok.length);
                exchange.getResponseBody().write(ok);
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void getWhenUpstreamRedirectsThenTheRedirectIsTheAnswerNotFollowed() {
        assertThatThrownBy(() -> WechatJsonHttp.get(base() + "/moved", "a test call"))
                .isInstanceOf(PayerIdException.class).hasMessageContaining("HTTP 302")
                .satisfies(e -> assertThat(((PayerIdException) e).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE));
        assertThat(seen).hasSize(1).allMatch(line -> line.startsWith("/moved "));
    }

    @Test
    void getWhenUpstreamSetsACookieThenTheNextCallDoesNotSendIt() {
        assertThat(WechatJsonHttp.get(base() + "/first", "a test call")).isEqualTo("{\"errcode\":0}");
        assertThat(WechatJsonHttp.get(base() + "/second", "a test call")).isEqualTo("{\"errcode\":0}");
        assertThat(seen).containsExactly("/first cookie=null accept-encoding=null", "/second cookie=null accept-encoding=null");
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
