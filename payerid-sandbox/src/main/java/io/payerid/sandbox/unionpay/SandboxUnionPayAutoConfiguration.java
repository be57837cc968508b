package io.payerid.sandbox.unionpay;

import io.payerid.sandbox.faults.ServerApiFaults;
import java.time.Clock;

import io.payerid.sandbox.support.SandboxClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts the offline UnionPay simulator (云闪付 userAuth page + the acquirer's 条码前置 user_id gateway)
 * inside the application's own servlet server when {@code payerid.sandbox.enabled=true}. With the default
 * base path a gateway is pointed at it by
 * <pre>
 * qr host     = http(s)://HOST:PORT/sandbox/unionpay/qr        (instead of https://qr.95516.com)
 * gateway URL = http://127.0.0.1:PORT/sandbox/unionpay/gateway (instead of https://qra.95516.com/pay/gateway)
 * </pre>
 * Acquirer merchants are registered by configuration or at {@code POST {base-path}/merchants}.
 *
 * <p>Time comes from the context's {@link Clock} bean when there is exactly one (tests supply a movable
 * one), else from the system UTC clock; the sandbox adds no Clock bean of its own.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxUnionPayProperties.class)
public class SandboxUnionPayAutoConfiguration {

    @Bean
    SandboxAcquirerMerchants sandboxUnionPayMerchants(SandboxUnionPayProperties properties) {
        return new SandboxAcquirerMerchants(properties.getMerchants());
    }

    @Bean
    SandboxCardholders sandboxUnionPayCardholders(SandboxUnionPayProperties properties) {
        return new SandboxCardholders(properties.getUsers());
    }

    @Bean
    UserAuthCodeStore sandboxUnionPayCodeStore(SandboxUnionPayProperties properties, ObjectProvider<Clock> clock) {
        return new UserAuthCodeStore(SandboxClock.of(clock), properties.getCodeTtl());
    }

    @Bean
    UnionPayUserIdDerivation sandboxUnionPayUserIds(SandboxUnionPayProperties properties) {
        return new UnionPayUserIdDerivation(properties.getSecret());
    }

    @Bean
    RouterFunction<ServerResponse> sandboxUnionPayRoutes(SandboxUnionPayProperties properties,
                                                         SandboxAcquirerMerchants merchants, SandboxCardholders cardholders,
                                                         UserAuthCodeStore codes, UnionPayUserIdDerivation userIds,
                                                         ServerApiFaults serverApiFaults) {
        SandboxUnionPayPaths paths = new SandboxUnionPayPaths(properties.getBasePath());
        UserAuthRequestValidator validator = new UserAuthRequestValidator(merchants, properties.isRequireUnionpayApp());
        return SandboxUnionPayRoutes.build(paths,
                new UserAuthController(validator, cardholders, codes, paths),
                new UserIdGatewayController(merchants, codes, userIds),
                new AllinpayGatewayController(merchants, codes, userIds),
                new SandboxMerchantAdminController(merchants, paths), serverApiFaults);
    }
}
