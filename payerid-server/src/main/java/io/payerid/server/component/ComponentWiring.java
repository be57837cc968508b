package io.payerid.server.component;

import io.payerid.channels.wechat.component.ComponentCalls;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.config.ComponentProperties;
import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.config.UpstreamProperties;
import io.payerid.server.persistence.ComponentAuthorizerRepository;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The gateway's side of third-party platform mode: pushes, onboarding, their store and controllers. */
@Configuration(proxyBeanMethods = false)
class ComponentWiring {

    @Bean
    ComponentAuthorizerRepository componentAuthorizerRepository(JdbcClient jdbc, SecretCipher cipher, Clock clock) {
        return new ComponentAuthorizerRepository(jdbc, cipher, clock);
    }

    @Bean
    ComponentOnboarding componentOnboarding(TenantDirectory tenants, TenantAdmin admin, ComponentCalls calls,
                                            WechatComponentClient client, ComponentAuthorizerRepository authorizers,
                                            KeyRing masterKeyRing, Clock clock, ComponentProperties component,
                                            PayerIdProperties properties, UpstreamProperties upstream) {
        OnboardingLinks links = new OnboardingLinks(new SecretCipher(masterKeyRing.derive("payerid.component-onboarding")),
                clock, component.onboardingLinkTtl());
        return new ComponentOnboarding(tenants, admin, calls, client, authorizers, links,
                properties.publicBaseUrlWithoutSlash(), UpstreamProperties.emptyToNull(upstream.wechatMpHost()));
    }

    @Bean
    ComponentPushes componentPushes(TenantDirectory tenants, TenantAdmin admin, ComponentTickets tickets,
                                    ComponentAuthorizerRepository authorizers, ComponentCalls calls,
                                    WechatComponentClient client, Clock clock) {
        return new ComponentPushes(tenants, admin, tickets, authorizers, calls, client, clock);
    }
}
