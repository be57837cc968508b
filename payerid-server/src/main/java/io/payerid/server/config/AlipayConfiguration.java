package io.payerid.server.config;

import io.payerid.channels.alipay.AlipayClients;
import io.payerid.channels.alipay.AlipayHosts;
import io.payerid.channels.alipay.AlipayOAuthChannel;
import io.payerid.core.flow.UpstreamCodeShape;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the Alipay channel; {@code AuthorizationFlow} picks it up with the other {@code OAuthChannel}s.
 * Hosts come from {@code payerid.upstream.alipay-*} (empty = Alipay's production endpoints).
 */
@Configuration(proxyBeanMethods = false)
public class AlipayConfiguration {

    @Bean
    AlipayClients alipayClients(UpstreamProperties upstream, UpstreamHttpProperties http) {
        return new AlipayClients(new AlipayHosts(UpstreamProperties.emptyToNull(upstream.alipayOpenauthHost()),
                UpstreamProperties.emptyToNull(upstream.alipayGatewayUrl())), http.settings());
    }

    @Bean
    AlipayOAuthChannel alipayOAuthChannel(AlipayClients clients, UpstreamProperties upstream) {
        return new AlipayOAuthChannel(clients, UpstreamCodeShape.of("auth_code", upstream.alipayCodePattern()));
    }
}
