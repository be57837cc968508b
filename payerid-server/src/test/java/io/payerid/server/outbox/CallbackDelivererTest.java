package io.payerid.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Delivery against a real receiver on loopback, a real (H2) outbox and real HTTP: a callback whose host is
 * (or resolves to) a non-public address is never sent and is recorded as REFUSED, FAILED at once; the
 * address checked is the address connected to, so a DNS answer that changes after the check is never used.
 */
class CallbackDelivererTest {

    private static final CallbackDialect DIALECT = new CallbackDialect() {
        @Override
        public String name() {
            return "test";
        }

        @Override
        public Map<String, String> headers(OutboxMessage message) {
            return Map.of("X-Test", "1");
        }

        @Override
        public boolean acknowledged(int httpStatus, String body) {
            return httpStatus == 200 && body.equals("SUCCESS");
        }
    };
    private static final OutboxProperties PROPERTIES = new OutboxProperties(List.of(Duration.ofMinutes(1)),
            Duration.ofSeconds(1), 10, Duration.ofSeconds(60), Duration.ofSeconds(2));

    private final AtomicInteger received = new AtomicInteger();
    private HttpServer receiver;
    private CallbackOutbox outbox;

    @BeforeEach
    void setUp() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/cb", exchange -> {
            received.incrementAndGet();
            byte[] ok = "SUCCESS".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        receiver.start();
        DataSource ds = new DriverManagerDataSource("jdbc:h2:mem:deliverer" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        jdbc.sql("INSERT INTO institution (id, inst_no, name, sign_key_enc, created_at) VALUES ('inst1', 'I1', 'i', NULL, 0)")
                .update();
        outbox = new CallbackOutbox(jdbc, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        receiver.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "localhost", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0"})
    void deliverWhenTargetIsLoopbackThenRefusedFailedAndNeverSent(String host) throws Exception {
        String id = enqueue("http://" + host + ":" + port() + "/cb");

        deliverAll(new PublicAddressResolver(InetAddress::getAllByName, false));

        assertThat(received).hasValue(0);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        DeliveryAttempt attempt = outbox.attempts(id).getFirst();
        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.REFUSED);
        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.detail()).contains("not public");
    }

    @Test
    void deliverWhenDevelopmentAllowsPrivateTargetsThenDelivered() throws Exception {
        String id = enqueue("http://localhost:" + port() + "/cb");

        deliverAll(new PublicAddressResolver(InetAddress::getAllByName, true));

        assertThat(received).hasValue(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
    }

    @Test
    void deliverWhenAnyResolvedAddressIsPrivateThenRefused() throws Exception {
        String id = enqueue("http://mixed.example:" + port() + "/cb");
        PublicAddressResolver resolver = new PublicAddressResolver(
                host -> new InetAddress[] {address("203.0.113.10"), address("127.0.0.1")}, false);

        deliverAll(resolver);

        assertThat(received).hasValue(0);
        assertThat(outbox.attempts(id).getFirst().outcome()).isEqualTo(DeliveryAttempt.Outcome.REFUSED);
    }

    /** A rebinding name answers a public address to the check and 127.0.0.1 to any later lookup. */
    @Test
    void deliverWhenDnsRebindsAfterTheCheckThenOnlyTheCheckedAddressIsConnected() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        PublicAddressResolver rebinding = new PublicAddressResolver(host -> new InetAddress[] {
                lookups.getAndIncrement() == 0 ? address("203.0.113.10") : address("127.0.0.1")}, false);
        String id = enqueue("http://rebind.example:" + port() + "/cb");

        deliverAll(rebinding);

        assertThat(lookups).hasValue(1);
        assertThat(received).hasValue(0);
        DeliveryAttempt attempt = outbox.attempts(id).getFirst();
        assertThat(attempt.outcome()).isEqualTo(DeliveryAttempt.Outcome.ERROR);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    }

    private String enqueue(String target) {
        return outbox.enqueue("test", "inst1", null, "ref", target, "{}");
    }

    private void deliverAll(PublicAddressResolver resolver) throws Exception {
        try (CallbackDeliverer deliverer = new CallbackDeliverer(outbox, List.of(DIALECT), PROPERTIES, Clock.systemUTC(),
                resolver)) {
            deliverer.deliverDue();
        }
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }
}
