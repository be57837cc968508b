package io.payerid.server.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.web.HeaderDeadlineProtocol;
import java.io.IOException;
import java.util.Arrays;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The sandbox on a port of its own behaves as a separate upstream host, and the flow still completes. */
class SandboxOwnPortTest extends GatewayTest {

    static final int SANDBOX_PORT = freeSandboxPort();
    static final String SANDBOX = "http://localhost:" + SANDBOX_PORT;

    @DynamicPropertySource
    static void sandboxPort(DynamicPropertyRegistry registry) {
        registry.add("payerid.sandbox.port", () -> SANDBOX_PORT);
        registry.add("payerid.upstream.wechat-open-host", () -> SANDBOX + "/sandbox/wechat/open");
        registry.add("payerid.upstream.wechat-api-host", () -> SANDBOX + "/sandbox/wechat/api");
    }

    @Autowired
    DemoTenantSeeder seeder;

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theFlowGoesThroughTheSandboxPort() {
        DemoCredentials demo = seeder.seed();
        MerchantClient merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        Browser browser = Browser.wechat().asSandboxUser(SANDBOX, "alice");
        Browser.Hop entry = browser.get(merchant.authorizeUrl(BASE + "/demo/return", "base", "p"));
        assertThat(entry.location()).startsWith(SANDBOX + "/sandbox/wechat/open/connect/oauth2/authorize");

        Browser.Hop last = browser.follow(entry.location(), location -> location.startsWith(BASE + "/demo/return"));
        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsKey("openid").containsEntry("state", "p");
        assertThat(merchant.verifyAnswer(answer)).isTrue();
    }

    @Test
    void eachPortAnswersOnlyItsOwnPaths() {
        assertThat(Browser.wechat().get(BASE + "/sandbox/wechat/users").status()).isEqualTo(404);
        assertThat(Browser.wechat().get(SANDBOX + "/sandbox/wechat/users").status()).isEqualTo(200);
        assertThat(Browser.wechat().get(SANDBOX + "/demo").status()).isEqualTo(404);
        assertThat(Browser.wechat().get(SANDBOX + "/admin/v1/institutions").status()).isEqualTo(404);
    }

    @Test
    void sandboxConnectorWhenStartedThenHasTheGatewaysLeanBuffersAndHeaderDeadline() {
        Connector sandbox = Arrays.stream(((TomcatWebServer) context.getWebServer()).getTomcat().getService().findConnectors())
                .filter(connector -> connector.getPort() == SANDBOX_PORT).findFirst().orElseThrow();
        assertThat(sandbox.getProtocolHandler()).isInstanceOf(HeaderDeadlineProtocol.class);
        assertThat(sandbox.getProtocolHandler().getDesiredBufferSize()).isEqualTo(2048);
        assertThat(String.valueOf(sandbox.getProperty("maxTrailerSize"))).isEqualTo("1024");
    }

    private static int freeSandboxPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
