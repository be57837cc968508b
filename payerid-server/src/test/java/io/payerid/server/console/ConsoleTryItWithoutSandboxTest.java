package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Without the sandbox there is no wallet to play the payer: "Try it" is "not found" and has no nav link. */
@TestPropertySource(properties = "payerid.sandbox.enabled=false")
class ConsoleTryItWithoutSandboxTest extends GatewayTest {

    @Autowired
    DemoTenantSeeder seeder;

    @Test
    void tryItWhenSandboxDisabledThenNotFoundAndNoNavLink() {
        DemoCredentials demo = seeder.seed();
        ConsoleClient console = new ConsoleClient(BASE).login(demo.consoleUser(), demo.consolePassword());

        assertThat(console.get("/console").body()).doesNotContain("id=\"nav-try\"");
        assertThat(console.get("/console/try").status()).isEqualTo(404);
        assertThat(console.post("/console/try", Map.of("appId", demo.appId(), "channel", "WECHAT_OA")).status())
                .isEqualTo(404);
        assertThat(console.get("/console/try/result?appId=" + demo.appId()).status()).isEqualTo(404);
    }
}
