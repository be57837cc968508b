package io.payerid.channels.wechat.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An upstream that answers garbage shaped like JSON gets UPSTREAM_ERROR, never an unchecked exception. */
class WechatComponentClientTest {

    private HttpServer server;

    private WechatComponentClient answering(String body) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
        return new WechatComponentClient(new WechatHosts(null, "http://127.0.0.1:" + server.getAddress().getPort()));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"errcode\":\"x\"}", "{\"pre_auth_code\":{\"a\":1}}", "[1]", "{"})
    void preAuthCodeWhenAnswerIsGarbledThenUpstreamError(String body) throws IOException {
        WechatComponentClient client = answering(body);

        assertThatThrownBy(() -> client.preAuthCode("wxcomponent", "token"))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR));
    }

    @Test
    void preAuthCodeWhenAnswerIsWellFormedThenTheCode() throws IOException {
        assertThat(answering("{\"pre_auth_code\":\"preauth@@@abc\",\"expires_in\":600}").preAuthCode("wxcomponent", "t"))
                .isEqualTo("preauth@@@abc");
    }
}
