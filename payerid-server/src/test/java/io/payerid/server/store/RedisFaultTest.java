package io.payerid.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.PayerIdApplication;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.FaultProxy;
import io.payerid.server.support.HealthProbes;
import io.payerid.server.support.MerchantClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway on Redis behind a {@link FaultProxy}: a paused, resetting or garbage-speaking Redis gives the
 * payer a clean STORE_UNAVAILABLE (503, reported to the whitelisted merchant URI) within the command
 * timeout, and the gateway serves again by itself shortly after Redis is healthy, without a restart.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class RedisFaultTest {

    /** What the issue asks: an answer within about 5 s, and recovery without a restart. */
    private static final Duration DEADLINE = Duration.ofSeconds(5);

    private static FaultProxy proxy;
    private static ConfigurableApplicationContext gateway;
    private static MerchantClient merchant;
    private static String returnUri;
    private static String base;

    @BeforeAll
    static void start() throws IOException {
        RedisAvailable.require();
        URI redis = URI.create(RedisAvailable.URL);
        proxy = FaultProxy.to(redis.getHost(), redis.getPort() < 0 ? 6379 : redis.getPort());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        gateway = new SpringApplicationBuilder(PayerIdApplication.class).run(
                "--server.port=" + port,
                "--payerid.public-base-url=" + base,
                "--payerid.data-dir=" + Files.createTempDirectory("payerid-redis-fault"),
                "--payerid.operator-token=redis-fault-token",
                "--spring.datasource.url=jdbc:h2:mem:redisfault" + port + ";DB_CLOSE_DELAY=-1",
                "--payerid.store.type=redis",
                "--payerid.store.redis-url=redis://127.0.0.1:" + proxy.port() + redis.getPath(),
                "--payerid.store.key-prefix=payerid-test:" + UUID.randomUUID() + ":");
        DemoCredentials demo = gateway.getBean(DemoTenantSeeder.class).seed();
        merchant = new MerchantClient(base, demo.appId(), demo.mchNo(), demo.appKey());
        returnUri = base + "/demo/return";
    }

    @AfterEach
    void heal() {
        proxy.forward();
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void authorizeWhenRedisPausedThenStoreUnavailableWithinDeadlineAndRecoveryAfterResume() {
        assertFailsFastAndRecovers("pause", proxy::pause);
    }

    @Test
    void authorizeWhenRedisConnectionsResetThenStoreUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("reset", proxy::reset);
    }

    @Test
    void authorizeWhenRedisAnswersGarbageThenStoreUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("garbage", proxy::garbage);
    }

    /**
     * A reply that announces a bulk string far longer than what follows leaves the client waiting for bytes
     * that never come; once the real Redis answers again, the connection's reader is still inside that bulk.
     * Random garbage reaches this state only sometimes (it made this class flaky): here it is every time.
     */
    @Test
    void authorizeWhenRedisAnnouncesAnEndlessReplyThenStoreUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("endless bulk", () -> proxy.answer("$100000000\r\nabc".getBytes(StandardCharsets.US_ASCII)));
    }

    /** An answer line that never ends (no CRLF) keeps the reader inside it the same way. */
    @Test
    void authorizeWhenRedisAnswersAnUnterminatedLineThenStoreUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("unterminated line", () -> proxy.answer("+OK and then no end".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void readinessWhenRedisPausedThenDownWhileLivenessStaysUpAndRecovery() {
        String healthy = "readiness 200, liveness 200";
        assertThat(HealthProbes.probes(base)).as("healthy before the fault").isEqualTo(healthy);
        proxy.pause();
        long failing = System.nanoTime();
        String during = HealthProbes.probes(base);
        Duration toDown = Duration.ofNanos(System.nanoTime() - failing);
        assertThat(during).isEqualTo("readiness 503, liveness 200");
        assertThat(toDown).isLessThan(DEADLINE);

        proxy.forward();
        long healed = System.nanoTime();
        String after = HealthProbes.probes(base);
        while (!healthy.equals(after) && System.nanoTime() - healed < DEADLINE.toNanos()) {
            sleep(100);
            after = HealthProbes.probes(base);
        }
        assertThat(after).as("ready again without a restart").isEqualTo(healthy);
    }

    private static void assertFailsFastAndRecovers(String fault, Runnable inject) {
        assertThat(entry()).as("healthy before the fault").isEqualTo("UPSTREAM");
        inject.run();
        long failing = System.nanoTime();
        String during = entry();
        Duration toError = Duration.ofNanos(System.nanoTime() - failing);
        assertThat(during).isEqualTo("STORE_UNAVAILABLE");
        assertThat(toError).isLessThan(DEADLINE);

        proxy.forward();
        long healed = System.nanoTime();
        String after = entry();
        while (!"UPSTREAM".equals(after) && System.nanoTime() - healed < DEADLINE.toNanos()) {
            sleep(100);
            after = entry();
        }
        Duration toRecovery = Duration.ofNanos(System.nanoTime() - healed);
        assertThat(after).as("serving again without a restart").isEqualTo("UPSTREAM");
        System.out.printf("Redis %s: error after %d ms, recovered %d ms after healing%n", fault, toError.toMillis(),
                toRecovery.toMillis());
    }

    /** A fresh signed entry: "UPSTREAM" when sent on to WeChat, else the error reported to the merchant. */
    private static String entry() {
        Browser.Hop hop = Browser.wechat().get(merchant.authorizeUrl(returnUri, "base", "fault"));
        assertThat(hop.status()).as(hop.body()).isEqualTo(302);
        if (hop.location().contains("/connect/oauth2/authorize")) {
            return "UPSTREAM";
        }
        Map<String, String> answer = Browser.query(hop.location());
        return answer.getOrDefault("error", hop.location());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
