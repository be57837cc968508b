package io.payerid.server.probe;

import io.payerid.channels.alipay.AlipayClients;
import io.payerid.channels.alipay.AlipayOAuthChannel;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatPayV2Client;
import io.payerid.channels.wechat.WechatStableTokenSource;
import io.payerid.channels.wechat.component.WechatComponentClient;
import io.payerid.console.port.ChannelProbes;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.unionpay.UnionPayUserIdExchange;
import io.payerid.server.config.UpstreamProperties;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The console's channel tests over the gateway's own upstream clients (same hosts, same timeouts, same pools). */
@Configuration(proxyBeanMethods = false)
class ProbeConfiguration {

    @Bean
    ChannelProbes channelProbes(UpstreamProperties upstream, WechatPayV2Client wechatPay, AlipayClients alipayClients,
                                AlipayOAuthChannel alipay, UnionPayUserIdExchange unionPay,
                                WechatComponentClient componentClient, ComponentTickets tickets) {
        WechatStableTokenSource stableTokens = new WechatStableTokenSource(new WechatHosts(
                UpstreamProperties.emptyToNull(upstream.wechatOpenHost()),
                UpstreamProperties.emptyToNull(upstream.wechatApiHost())));
        return new ConsoleChannelProbes(List.of(
                new WechatTokenProbe(ChannelKind.WECHAT_OA, stableTokens),
                new WechatTokenProbe(ChannelKind.WECHAT_MINIAPP, stableTokens),
                new WechatPayProbe(wechatPay),
                new AlipayProbe(alipayClients, alipay),
                new UnionPayProbe(unionPay),
                new ComponentTokenProbe(componentClient, tickets)));
    }
}
