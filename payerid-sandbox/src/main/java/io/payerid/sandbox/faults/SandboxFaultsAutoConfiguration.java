package io.payerid.sandbox.faults;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The latency and error-injection knob every simulator's server-side calls go through
 * ({@code payerid.sandbox.faults.*} at start-up, {@code /sandbox/faults} at runtime).
 */
@AutoConfiguration(beforeName = {"io.payerid.sandbox.wechat.SandboxWechatAutoConfiguration",
        "io.payerid.sandbox.wechatpay.SandboxWechatPayAutoConfiguration",
        "io.payerid.sandbox.alipay.SandboxAlipayAutoConfiguration",
        "io.payerid.sandbox.unionpay.SandboxUnionPayAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxFaultProperties.class)
public class SandboxFaultsAutoConfiguration {

    static final String PATH = "/sandbox/faults";

    @Bean
    ServerApiFaults sandboxServerApiFaults(SandboxFaultProperties properties) {
        return new ServerApiFaults(properties.plan());
    }

    @Bean
    RouterFunction<ServerResponse> sandboxFaultRoutes(ServerApiFaults faults) {
        ServerApiFaultsController controller = new ServerApiFaultsController(faults);
        return RouterFunctions.route()
                .GET(PATH, controller::show)
                .PUT(PATH, controller::replace)
                .build();
    }
}
