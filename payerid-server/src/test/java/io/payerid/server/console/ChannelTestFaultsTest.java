package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.server.console.ChannelTestButton.Shown;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.FaultyUpstream;
import io.payerid.server.support.FaultyUpstream.Mode;
import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The channel test against upstreams that fail: WeChat's API host accepts and never answers (the page must come
 * back after the configured timeout, not after the client's 8 s read timeout), WeChat Pay answers an HTML page, and
 * nothing listens on the UnionPay gateway's port.
 */
class ChannelTestFaultsTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final FaultyUpstream SILENT = new FaultyUpstream();
    private static final FaultyUpstream HTML = new FaultyUpstream();
    private static final int CLOSED_PORT = closedPort();

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;

    private ConsoleClient operator;

    @DynamicPropertySource
    static void faultyUpstreams(DynamicPropertyRegistry registry) {
        SILENT.mode(Mode.SILENT);
        HTML.mode(Mode.NOT_THE_API_FORMAT);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:probefaults" + PORT + ";DB_CLOSE_DELAY=-1");
        registry.add("payerid.upstream.wechat-api-host", SILENT::baseUrl);
        registry.add("payerid.upstream.wechat-pay-base-url", HTML::baseUrl);
        registry.add("payerid.upstream.unionpay-gateway-url", () -> "http://127.0.0.1:" + CLOSED_PORT + "/pay/gateway");
        registry.add("payerid.console.channel-test-timeout", () -> "1500ms");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopUpstreams() {
        SILENT.close();
        HTML.close();
    }

    @BeforeEach
    void operator() {
        seeder.seed();
        if (accounts.byUsername("probe-fault-operator").isEmpty()) {
            accounts.create("probe-fault-operator", PASSWORD, ConsoleRole.OPERATOR, null);
        }
        operator = new ConsoleClient(BASE).login("probe-fault-operator", PASSWORD);
    }

    private Shown test(String ownerPath, String kind) {
        return ChannelTestButton.press(operator, ownerPath, kind);
    }

    @Test
    void testWhenUpstreamNeverAnswersThenTimeoutAfterTheConfiguredTimeNotTheClients() {
        long start = System.nanoTime();
        Shown shown = test("/console/institutions/" + DemoTenant.INST_NO, "WECHAT_OA");
        long wallMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(shown.outcome()).isEqualTo("上游在时限内没有应答");
        assertThat(shown.elapsedMillis()).isBetween(1500L, 2500L);
        assertThat(wallMillis).as("the page, login page fetch included").isLessThan(4000L);
        assertThat(operator.get("/console/audit?q=channel.test").body()).contains("outcome=TIMEOUT");
    }

    @Test
    void testWhenUpstreamAnswersAnHtmlPageThenGarbled() {
        Shown shown = test("/console/merchants/" + DemoTenant.MCH_NO, "WECHAT_PAY");

        assertThat(shown.outcome()).isEqualTo("上游的应答无法读取或无法验证");
    }

    @Test
    void testWhenNothingListensThenUnreachable() {
        Shown shown = test("/console/institutions/" + DemoTenant.INST_NO, "UNIONPAY");

        assertThat(shown.outcome()).isEqualTo("无法连接上游，或上游繁忙");
    }
}
