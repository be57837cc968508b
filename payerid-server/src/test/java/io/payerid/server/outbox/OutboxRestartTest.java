package io.payerid.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.PayerIdApplication;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Callbacks survive a receiver outage and a gateway restart: enqueue while the receiver is down,
 * stop the gateway after failed attempts, start it again on the same database with the receiver
 * up, and every callback arrives, each under its stable notification id.
 */
class OutboxRestartTest {

    static final String DIALECT = "restart-test";

    /** Signs nothing; acknowledges a body of SUCCESS in any case, like seed 004's receivers. */
    @Configuration(proxyBeanMethods = false)
    static class TestDialect {
        @Bean
        CallbackDialect restartTestDialect() {
            return new CallbackDialect() {
                @Override
                public String name() {
                    return DIALECT;
                }

                @Override
                public Map<String, String> headers(OutboxMessage message) {
                    return Map.of("X-Notification-Id", message.id());
                }

                @Override
                public boolean acknowledged(int httpStatus, String body) {
                    return httpStatus == 200 && "SUCCESS".equalsIgnoreCase(body.trim());
                }
            };
        }
    }

    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private HttpServer receiver;

    @AfterEach
    void stop() {
        contexts.forEach(ConfigurableApplicationContext::close);
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    private ConfigurableApplicationContext gateway(Path dir) {
        // As arguments, not builder defaults: application.yml would override defaults.
        Map<String, String> properties = Map.of(
                        "server.port", "0",
                        "payerid.data-dir", dir.toString(),
                        "payerid.operator-token", "t",
                        "payerid.embedded.demo", "false",
                        "payerid.sandbox.enabled", "false",
                        "payerid.development.allow-private-targets", "true", // the receiver is on loopback
                        "spring.datasource.url", "jdbc:h2:file:" + dir.resolve("db") + ";DB_CLOSE_ON_EXIT=FALSE",
                        "payerid.outbox.poll-interval", "100ms",
                        "payerid.outbox.retry-schedule", "300ms,1s,1s,1s,1s,1s,1s,1s,1s");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PayerIdApplication.class, TestDialect.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        contexts.add(context);
        return context;
    }

    @Test
    void everyCallbackArrivesAcrossAnOutageAndARestart() throws Exception {
        Path dir = Files.createTempDirectory("payerid-outbox");
        int receiverPort = freePort();
        String target = "http://127.0.0.1:" + receiverPort + "/callback";

        // Phase 1: the receiver is down; the gateway tries, fails, and is stopped mid-schedule.
        ConfigurableApplicationContext first = gateway(dir);
        TenantAdmin admin = first.getBean(TenantAdmin.class);
        Institution institution = first.getBean(TenantDirectory.class).institutionByInstNo("OUTBOX_ISV")
                .orElseGet(() -> admin.createInstitution("OUTBOX_ISV", "outbox test", null));
        CallbackOutbox outbox = first.getBean(CallbackOutbox.class);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(outbox.enqueue(DIALECT, institution.id(), null, "serial-" + i, target, "{\"serialNo\":\"serial-" + i + "\"}"));
        }
        await(() -> ids.stream().allMatch(id -> outbox.find(id).orElseThrow().attempts() >= 1), Duration.ofSeconds(20));
        assertThat(ids).allSatisfy(id -> assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING));
        first.close();

        // Phase 2: the receiver is back; a fresh gateway on the same database finishes the job.
        Set<String> received = ConcurrentHashMap.newKeySet();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", receiverPort), 0);
        receiver.createContext("/callback", exchange -> {
            received.add(exchange.getRequestHeaders().getFirst("X-Notification-Id"));
            byte[] ok = "success".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        receiver.start();
        ConfigurableApplicationContext second = gateway(dir);
        CallbackOutbox restarted = second.getBean(CallbackOutbox.class);
        await(() -> ids.stream().allMatch(id -> restarted.find(id).orElseThrow().status() == OutboxStatus.DELIVERED),
                Duration.ofSeconds(30));

        assertThat(received).containsExactlyInAnyOrderElementsOf(ids);
        for (String id : ids) {
            List<DeliveryAttempt> history = restarted.attempts(id);
            assertThat(history.getFirst().outcome()).isEqualTo(DeliveryAttempt.Outcome.ERROR);
            assertThat(history.getLast().outcome()).isEqualTo(DeliveryAttempt.Outcome.DELIVERED);
            assertThat(history.getLast().httpStatus()).isEqualTo(200);
        }
    }

    private static void await(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + timeout);
            }
            Thread.sleep(50);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
