package io.payerid.server.config;

import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.component.ComponentCalls;
import io.payerid.channels.wechat.component.ComponentJsCodeExchange;
import io.payerid.channels.wechat.component.ComponentOAuthChannel;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.component.ComponentAccounts;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.token.AccessTokenHolder;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * WeChat third-party platform mode: the pushed tickets, the lean component client, and the component variants the
 * WECHAT_OA and WECHAT_MINIAPP adapters route to (FlowConfiguration, MiniProgramConfiguration). The component token
 * source sits with the other token sources (CentralTokenConfiguration).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComponentProperties.class)
public class WechatComponentConfiguration {

    @Bean
    ComponentTickets componentTickets(SharedStateStore store, Clock clock, ComponentProperties properties) {
        return new ComponentTickets(store, clock, properties.ticketMaxAge());
    }

    @Bean
    WechatComponentClient wechatComponentClient(UpstreamProperties upstream) {
        return new WechatComponentClient(new WechatHosts(UpstreamProperties.emptyToNull(upstream.wechatOpenHost()),
                UpstreamProperties.emptyToNull(upstream.wechatApiHost())));
    }

    @Bean
    ComponentCalls componentCalls(TenantDirectory tenants, AccessTokenHolder tokens) {
        return new ComponentCalls(new ComponentAccounts(tenants, tokens));
    }

    @Bean
    ComponentOAuthChannel componentOAuthChannel(WechatComponentClient client, ComponentCalls calls,
                                                UpstreamProperties upstream) {
        return new ComponentOAuthChannel(client, calls, UpstreamProperties.emptyToNull(upstream.wechatOpenHost()));
    }

    @Bean
    ComponentJsCodeExchange componentJsCodeExchange(WechatComponentClient client, ComponentCalls calls) {
        return new ComponentJsCodeExchange(client, calls);
    }
}
