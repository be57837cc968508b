package io.payerid.sandbox.alipay;

import io.payerid.sandbox.faults.ServerApiFaults;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import io.payerid.sandbox.support.PendingConsents;
import io.payerid.sandbox.support.SandboxClock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Mounts the offline Alipay user-authorization simulator inside the application's own servlet server
 * when {@code payerid.sandbox.enabled=true}. With the default base path, point clients at:
 * <pre>
 * openauth host = http://HOST:PORT/sandbox/alipay/openauth       (instead of https://openauth.alipay.com)
 * gateway URL   = http://127.0.0.1:PORT/sandbox/alipay/gateway.do (instead of https://openapi.alipay.com/gateway.do)
 * Alipay public key = GET /sandbox/alipay/alipay-public-key, or SandboxAlipayApps.alipayPublicKey()
 * </pre>
 * Time comes from the context's {@link Clock} when there is exactly one (tests supply a movable one),
 * else from the system UTC clock.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxAlipayProperties.class)
public class SandboxAlipayAutoConfiguration {

    @Bean
    SandboxAlipayApps sandboxAlipayApps(SandboxAlipayProperties properties) {
        return new SandboxAlipayApps(properties.getApps(), keys(properties));
    }

    private static SandboxAlipayKeys keys(SandboxAlipayProperties properties) {
        if (!properties.getPrivateKey().isBlank()) {
            return SandboxAlipayKeys.fromPrivateKey(properties.getPrivateKey());
        }
        return properties.getKeyFile().isBlank()
                ? SandboxAlipayKeys.generate()
                : SandboxAlipayKeys.readOrGenerate(Path.of(properties.getKeyFile()));
    }

    @Bean
    SandboxAlipayUsers sandboxAlipayUsers(SandboxAlipayProperties properties) {
        return new SandboxAlipayUsers(properties.getUsers());
    }

    @Bean
    AuthCodeStore sandboxAlipayCodeStore(ObjectProvider<Clock> clock) {
        return new AuthCodeStore(SandboxClock.of(clock));
    }

    @Bean
    AccessTokenStore sandboxAlipayTokenStore(SandboxAlipayProperties properties, ObjectProvider<Clock> clock) {
        return new AccessTokenStore(SandboxClock.of(clock), properties.getAccessTokenTtl(), properties.getRefreshTokenTtl());
    }

    @Bean
    RouterFunction<ServerResponse> sandboxAlipayRoutes(SandboxAlipayProperties properties, SandboxAlipayApps apps,
                                                       SandboxAlipayUsers users, AuthCodeStore codes,
                                                       AccessTokenStore tokens, ObjectProvider<Clock> clock,
                                                       ServerApiFaults serverApiFaults) {
        SandboxAlipayPaths paths = new SandboxAlipayPaths(properties.getBasePath());
        AlipayIds ids = new AlipayIds(properties.getSecret());
        // Consent tickets live as long as a code would: both are "this authorization, now".
        PendingConsents<AuthorizeRequest, SandboxAlipayUser> consents =
                new PendingConsents<>(SandboxClock.of(clock), properties.getCodeTtl());
        SandboxAlipayUserPickerController picker = new SandboxAlipayUserPickerController(users, paths);
        List<GatewayMethod> methods = List.of(new OAuthTokenMethod(codes, tokens, users, ids),
                new UserInfoShareMethod(tokens, users, ids));
        return SandboxAlipayRoutes.build(paths,
                new AlipayAuthorizeController(new AuthorizeRequestValidator(apps), picker, codes, consents, paths,
                        properties.getCodeTtl()),
                new AlipayGatewayController(apps, methods, new SignedGatewayResponses(apps.keys(), properties.isEscapeSlashes())),
                picker,
                new SandboxAlipayAppAdminController(apps, paths), serverApiFaults);
    }

    /** Mini-program auth codes, as my.getAuthCode hands them out; redeemed through the gateway above. */
    @Bean
    RouterFunction<ServerResponse> sandboxAlipayMiniProgramRoutes(SandboxAlipayProperties properties,
                                                                  SandboxAlipayApps apps, SandboxAlipayUsers users,
                                                                  AuthCodeStore codes) {
        MiniProgramAuthCodeController controller = new MiniProgramAuthCodeController(apps, users, codes,
                properties.getCodeTtl());
        return RouterFunctions.route()
                .POST(new SandboxAlipayPaths(properties.getBasePath()).miniProgramAuthCode(), controller::issue)
                .build();
    }
}
