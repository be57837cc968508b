package io.payerid.server.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.payerid.channels.wechat.WechatClassicTokenSource;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatMaServices;
import io.payerid.channels.wechat.WechatPaidUnionIdLookup;
import io.payerid.channels.wechat.WechatStableTokenSource;
import io.payerid.channels.wechat.component.ComponentTokenSource;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.core.token.TokenMode;
import io.payerid.server.metrics.MeteredTokenSource;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The central access token (中控) and what uses it: WeChat base tokens held in the shared store, fetched
 * from {@code stable_token} or {@code token} per configuration, and the mini-program client for paid unionids.
 */
@Configuration(proxyBeanMethods = false)
public class CentralTokenConfiguration {

    @Bean
    AccessTokenHolder accessTokenHolder(SharedStateStore store, Clock clock, UpstreamProperties upstream,
                                        CentralTokenProperties properties, MeterRegistry registry,
                                        WechatComponentClient componentClient, ComponentTickets tickets) {
        WechatHosts hosts = hosts(upstream);
        return new AccessTokenHolder(store, clock, properties.refreshMargin(), Map.of(
                TokenMode.STABLE, new MeteredTokenSource(new WechatStableTokenSource(hosts), TokenMode.STABLE, registry),
                TokenMode.CLASSIC, new MeteredTokenSource(new WechatClassicTokenSource(hosts), TokenMode.CLASSIC, registry),
                TokenMode.COMPONENT, new MeteredTokenSource(new ComponentTokenSource(componentClient, tickets),
                        TokenMode.COMPONENT, registry)));
    }

    @Bean
    WechatMaServices wechatMaServices(UpstreamProperties upstream, AccessTokenHolder holder) {
        return new WechatMaServices(hosts(upstream), holder);
    }

    @Bean
    WechatPaidUnionIdLookup wechatPaidUnionIdLookup(WechatMaServices services) {
        return new WechatPaidUnionIdLookup(services);
    }

    private static WechatHosts hosts(UpstreamProperties upstream) {
        return new WechatHosts(UpstreamProperties.emptyToNull(upstream.wechatOpenHost()),
                UpstreamProperties.emptyToNull(upstream.wechatApiHost()));
    }
}
