package io.payerid.server.config;

import io.payerid.channels.unionpay.AllinpayUserIdClient;
import io.payerid.channels.unionpay.QrcPrefrontUserIdClient;
import io.payerid.channels.unionpay.UnionPayAcquirerRouter;
import io.payerid.channels.unionpay.UnionPayOAuthChannel;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * UnionPay (云闪付) wiring: the acquirer client behind the {@link UnionPayUserIdExchange} port (also the
 * service seed APIs call with a userAuthCode they already hold) and the browser channel, which joins the
 * authorization flow through its {@code List<OAuthChannel>}.
 */
@Configuration(proxyBeanMethods = false)
public class UnionPayConfiguration {

    /** Timeouts from {@code payerid.upstream.http.*}: a payer is waiting, so fail over rather than hang. */
    @Bean
    UnionPayUserIdExchange unionPayUserIdExchange(UpstreamProperties upstream, UpstreamHttpProperties http) {
        String gateway = UpstreamProperties.emptyToNull(upstream.unionpayGatewayUrl());
        // Each UNIONPAY channel's settings.acquirer picks the form; 通联's endpoint is a channel setting.
        return new UnionPayAcquirerRouter(
                new QrcPrefrontUserIdClient(gateway == null ? QrcPrefrontUserIdClient.OFFICIAL_GATEWAY : URI.create(gateway),
                        http.settings()),
                new AllinpayUserIdClient(http.connectTimeout(), http.readTimeout()));
    }

    @Bean
    UnionPayOAuthChannel unionPayOAuthChannel(UpstreamProperties upstream, UnionPayUserIdExchange exchange) {
        String qrHost = UpstreamProperties.emptyToNull(upstream.unionpayQrHost());
        return new UnionPayOAuthChannel(qrHost == null ? UnionPayOAuthChannel.OFFICIAL_QR_HOST : qrHost, exchange);
    }
}
