package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.cache.TenantChange;
import io.payerid.core.tenant.cache.TenantChanges;
import io.payerid.server.PayerIdApplication;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.FaultProxy;
import io.payerid.server.support.HealthProbes;
import io.payerid.server.support.MerchantClient;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The gateway on a real database behind a {@link FaultProxy}, in a throw-away schema: a paused, resetting
 * or garbage-speaking database gives a clean 503 {@code DATABASE_UNAVAILABLE} within the deadline (JSON on
 * the admin API, the zh-CN page for a payer), and the gateway serves again by itself once it is healthy. Each
 * fault is injected with the tenant cache dropped, so the call needs the database; with the cache warm, the
 * browser entry is served through the outage.
 * One subclass per database; each is skipped when its database is not running (a failure with CI=true).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
abstract class DatabaseFaultTest {

    private static final Duration DEADLINE = Duration.ofSeconds(5);
    private static final String TOKEN = "db-fault-token";

    private final String schema = "payerid_fault_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private FaultProxy proxy;
    private ConfigurableApplicationContext gateway;
    private MerchantClient merchant;
    private DemoCredentials demo;
    private String base;

    /** host:port of the real database. */
    abstract InetSocketAddress server();

    abstract void createSchema(String schema) throws Exception;

    abstract void dropSchema(String schema) throws Exception;

    /** The JDBC URL of {@code schema} through the proxy on {@code port}. */
    abstract String url(int port, String schema);

    abstract String user();

    abstract String name();

    /**
     * An answer that is no answer of this database and makes its driver fail outside {@code SQLException}
     * (a negative length it allocates an array for): before {@link DriverFailureGuard} that was a 500, and the
     * connection went back to the pool out of step.
     */
    abstract byte[] answerTheDriverCannotRead();

    @BeforeAll
    void start() throws Exception {
        requireRunning();
        createSchema(schema);
        proxy = FaultProxy.to(server().getHostString(), server().getPort());
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        gateway = new SpringApplicationBuilder(PayerIdApplication.class).run(
                "--server.port=" + port,
                "--payerid.public-base-url=" + base,
                "--payerid.data-dir=" + Files.createTempDirectory("payerid-db-fault"),
                "--payerid.operator-token=" + TOKEN,
                "--spring.datasource.url=" + url(proxy.port(), schema),
                "--spring.datasource.username=" + user(),
                "--spring.datasource.password=");
        demo = gateway.getBean(DemoTenantSeeder.class).seed();
        merchant = new MerchantClient(base, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @AfterEach
    void heal() {
        if (proxy != null) {
            proxy.forward();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
        if (proxy != null) {
            proxy.close();
            dropSchema(schema);
        }
    }

    @Test
    void adminApiWhenDatabasePausedThenDatabaseUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("pause", proxy::pause, this::adminAnswer, "503 DATABASE_UNAVAILABLE", "200");
    }

    @Test
    void adminApiWhenDatabaseConnectionsResetThenDatabaseUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("reset", proxy::reset, this::adminAnswer, "503 DATABASE_UNAVAILABLE", "200");
    }

    @Test
    void adminApiWhenDatabaseAnswersGarbageThenDatabaseUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("garbage", proxy::garbage, this::adminAnswer, "503 DATABASE_UNAVAILABLE", "200");
    }

    @Test
    void adminApiWhenDriverBreaksOnTheAnswerThenDatabaseUnavailableWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("unreadable answer", () -> proxy.answer(answerTheDriverCannotRead()), this::adminAnswer,
                "503 DATABASE_UNAVAILABLE", "200");
    }

    @Test
    void authorizeWhenDatabasePausedThenPayerPageWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("pause (payer)", proxy::pause, this::payerAnswer, "503 page", "302 upstream");
    }

    @Test
    void wechatCompatibleTokenWhenDatabasePausedThenSystemErrorWithinDeadlineAndRecovery() {
        assertFailsFastAndRecovers("pause (WeChat dialect)", proxy::pause, this::wechatTokenAnswer, "errcode -1",
                "access_token");
    }

    @Test
    void authorizeWhenDatabasePausedAndTenantCacheWarmThenStillServed() {
        assertThat(payerAnswer()).as("warms the tenant cache").isEqualTo("302 upstream");
        proxy.pause();

        assertThat(payerAnswer()).as("served from memory: the browser entry runs no SQL").isEqualTo("302 upstream");
    }

    @Test
    void readinessWhenDatabasePausedThenDownWhileLivenessStaysUpAndRecovery() {
        assertFailsFastAndRecovers("pause (readiness)", proxy::pause, () -> HealthProbes.probes(base),
                "readiness 503, liveness 200", "readiness 200, liveness 200");
    }

    private void assertFailsFastAndRecovers(String fault, Runnable inject, Supplier<String> call, String failure,
                                            String healthy) {
        assertThat(call.get()).as("healthy before the fault").isEqualTo(healthy);
        // a cold lookup needs the database (a warm tenant cache would serve the call without it, see below)
        gateway.getBean(TenantChanges.class).publish(TenantChange.everything());
        inject.run();
        long failing = System.nanoTime();
        String during = call.get();
        Duration toError = Duration.ofNanos(System.nanoTime() - failing);
        assertThat(during).isEqualTo(failure);
        assertThat(toError).isLessThan(DEADLINE);

        proxy.forward();
        long healed = System.nanoTime();
        String after = call.get();
        while (!healthy.equals(after) && System.nanoTime() - healed < DEADLINE.toNanos()) {
            sleep(100);
            after = call.get();
        }
        Duration toRecovery = Duration.ofNanos(System.nanoTime() - healed);
        assertThat(after).as("serving again without a restart").isEqualTo(healthy);
        System.out.printf("%s %s: error after %d ms, recovered %d ms after healing%n", name(), fault, toError.toMillis(),
                toRecovery.toMillis());
    }

    /** "200", or the status and error code of the admin API's JSON answer. */
    private String adminAnswer() {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/v1/institutions"))
                    .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return "200";
            }
            String body = response.body();
            int code = body.indexOf("\"code\":\"");
            return response.statusCode() + " " + (code < 0 ? body : body.substring(code + 8, body.indexOf('"', code + 8)));
        } catch (IOException e) {
            return "I/O error " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** The seed 003 dialect's {@code /cgi-bin/token}: "access_token", or WeChat's errcode for a failure. */
    private String wechatTokenAnswer() {
        String url = base + "/cgi-bin/token?grant_type=client_credential&appid=" + demo.appId() + "&secret=" + demo.appKey();
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"access_token\"")) {
                return "access_token";
            }
            int errcode = body.indexOf("\"errcode\":");
            return errcode < 0 ? body : "errcode " + body.substring(errcode + 10).split("[,}]")[0].trim();
        } catch (IOException e) {
            return "I/O error " + e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    /** A payer's signed entry: "302 upstream", "503 page" (the zh-CN error page), or what else came back. */
    private String payerAnswer() {
        Browser.Hop hop = Browser.wechat().get(merchant.authorizeUrl(base + "/demo/return", "base", "fault"));
        if (hop.status() == 302 && hop.location().contains("/connect/oauth2/authorize")) {
            return "302 upstream";
        }
        if (hop.status() == 503 && hop.body().contains("系统繁忙")) {
            return "503 page";
        }
        return hop.status() + " " + hop.location();
    }

    private void requireRunning() {
        boolean up;
        try (Socket socket = new Socket()) {
            socket.connect(server(), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new AssertionError(name() + " is not reachable at " + server() + " (CI needs it)");
        }
        Assumptions.assumeTrue(up, name() + " is not reachable at " + server());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
