package io.payerid.sandbox.wallet;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts the wallet simulator at {@code payerid.sandbox.wallet.base-path} (default {@code /sandbox/wallet})
 * when the sandbox is enabled. Functional routes, so no component scan ever exposes it.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
public class SandboxWalletAutoConfiguration {

    @Bean
    RouterFunction<ServerResponse> sandboxWalletRoutes(
            @Value("${payerid.sandbox.wallet.base-path:/sandbox/wallet}") String base,
            @Value("${payerid.sandbox.wechat.base-path:/sandbox/wechat}") String wechatBase) {
        WalletSimulatorController controller = new WalletSimulatorController(wechatBase + "/payments");
        return RouterFunctions.route()
                .GET(base, controller::form)
                .POST(base, controller::open)
                .POST(base + "/pay", controller::pay)
                .build();
    }
}
