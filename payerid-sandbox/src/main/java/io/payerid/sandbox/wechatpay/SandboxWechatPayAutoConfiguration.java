package io.payerid.sandbox.wechatpay;

import io.payerid.sandbox.faults.ServerApiFaults;
import java.time.Clock;

import io.payerid.sandbox.wechat.OpenIdDerivation;
import io.payerid.sandbox.wechat.SandboxUsers;
import io.payerid.sandbox.wechat.SandboxWechatAutoConfiguration;
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
 * Mounts the offline WeChat Pay v2 simulator ({@code /tools/authcodetoopenid}, a wallet showing payment
 * codes, merchant registration) when {@code payerid.sandbox.enabled=true}. Point WxJava at it with
 * {@code WxPayConfig.setApiHostUrl("http://127.0.0.1:PORT/sandbox/wechatpay")} (WxJava appends the API
 * path to it, in place of https://api.mch.weixin.qq.com).
 *
 * <p>Payers are the WeChat OAuth sandbox's users, and openids come from its derivation, so it is
 * configured after that one. Time comes from the context's {@link Clock} when there is exactly one.
 */
@AutoConfiguration(after = SandboxWechatAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(name = "payerid.sandbox.enabled", havingValue = "true")
@EnableConfigurationProperties(SandboxWechatPayProperties.class)
public class SandboxWechatPayAutoConfiguration {

    @Bean
    SandboxPayMerchants sandboxPayMerchants(SandboxWechatPayProperties properties) {
        return new SandboxPayMerchants(properties.getMerchants());
    }

    @Bean
    PaymentCodes sandboxPaymentCodes(SandboxWechatPayProperties properties, ObjectProvider<Clock> clock) {
        return new PaymentCodes(SandboxClock.of(clock), properties.getCodeTtl());
    }

    @Bean
    RouterFunction<ServerResponse> sandboxWechatPayRoutes(SandboxWechatPayProperties properties,
                                                          SandboxPayMerchants merchants, PaymentCodes codes,
                                                          SandboxUsers users, OpenIdDerivation ids,
                                                          ObjectProvider<Clock> clock,
                                                          ServerApiFaults serverApiFaults) {
        SandboxWechatPayPaths paths = new SandboxWechatPayPaths(properties.getBasePath());
        return SandboxWechatPayRoutes.build(paths,
                new AuthcodeToOpenidController(merchants, codes, users, ids),
                new WalletController(users, codes, paths, SandboxClock.of(clock)),
                new CodeIssueController(users, codes, paths),
                new PayMerchantAdminController(merchants, paths), serverApiFaults);
    }
}
