package io.payerid.channels.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.payerid.channels.http.UpstreamHttpSettings;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FlatXmlExchangeTest {

    private static final byte[] ANSWER = "<xml><return_code>SUCCESS</return_code></xml>".getBytes(StandardCharsets.UTF_8);

    private HttpServer server;
    private final AtomicReference<Handler> handler = new AtomicReference<>(FlatXmlExchangeTest::answer);
    private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
    private FlatXmlExchange exchange;

    interface Handler {
        void handle(HttpExchange exchange) throws IOException, InterruptedException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", http -> {
            clientPorts.add(http.getRemoteAddress().getPort());
            try (http) {
                http.getRequestBody().readAllBytes();
                handler.get().handle(http);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException dropped) {
                // the client gave up, as some tests want
            }
        });
        server.start();
        exchange = new FlatXmlExchange("the test upstream", 1024,
                new UpstreamHttpSettings(10, 10, Duration.ofSeconds(2), Duration.ofSeconds(5)));
    }

    @AfterEach
    void stop() throws IOException {
        exchange.close();
        server.stop(0);
    }

    private static void answer(HttpExchange http) throws IOException {
        http.sendResponseHeaders(200, ANSWER.length);
        http.getResponseBody().write(ANSWER);
    }

    private Map<String, String> post(Duration timeout) {
        return exchange.post(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/pay"), timeout,
                Map.of("nonce_str", "n1"));
    }

    @Test
    void postWhenExchangesFinishThenTheirDeadlinesLeaveTheQueueAtOnce() {
        for (int i = 0; i < 50; i++) {
            assertThat(post(Duration.ofMinutes(10))).containsEntry("return_code", "SUCCESS");
        }
        assertThat(FlatXmlExchange.pendingDeadlines()).isZero();
    }

    @Test
    void postWhenCalledTwiceThenOneKeptAliveConnection() {
        assertThat(post(Duration.ofSeconds(5))).containsEntry("return_code", "SUCCESS");
        assertThat(post(Duration.ofSeconds(5))).containsEntry("return_code", "SUCCESS");

        assertThat(clientPorts).hasSize(1);
    }

    @Test
    void postWhenAnswerTricklesPastTheTimeoutThenUpstreamUnavailableAtTheDeadline() {
        // Every byte comes well inside the read timeout, the whole answer never inside the exchange's timeout.
        handler.set(http -> {
            http.sendResponseHeaders(200, ANSWER.length);
            OutputStream body = http.getResponseBody();
            for (byte b : ANSWER) {
                body.write(b);
                body.flush();
                Thread.sleep(100);
            }
        });
        long started = System.nanoTime();

        assertThatThrownBy(() -> post(Duration.ofMillis(700)))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
                    assertThat(e.detail()).isEqualTo("the test upstream did not answer within 700 ms");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void postWhenAnswerIsEndlessThenTooLargeWithoutReadingItAll() {
        handler.set(http -> {
            http.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[8192];
            OutputStream body = http.getResponseBody();
            for (int i = 0; i < 1_000_000; i++) {
                body.write(chunk);
            }
        });
        long started = System.nanoTime();

        assertThatThrownBy(() -> post(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                    assertThat(e.detail()).isEqualTo("the test upstream's answer is too large");
                });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void postWhenRedirectedThenNotFollowed() {
        handler.set(http -> {
            http.getResponseHeaders().add("Location", "http://127.0.0.1:1/elsewhere");
            http.sendResponseHeaders(302, -1);
        });

        assertThatThrownBy(() -> post(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                    assertThat(e.detail()).isEqualTo("the test upstream answered HTTP 302");
                });
    }

    @Test
    void postWhenAnswerIsNotXmlThenUpstreamErrorWithoutItsText() {
        handler.set(http -> {
            byte[] html = "<html>secret-ish page</html>".getBytes(StandardCharsets.UTF_8);
            http.sendResponseHeaders(200, html.length);
            http.getResponseBody().write(html);
        });

        assertThatThrownBy(() -> post(Duration.ofSeconds(5)))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
                    assertThat(e.detail()).doesNotContain("secret-ish");
                });
    }
}
