package io.payerid.server.config;

import io.payerid.channels.wechat.WechatPayCodeLookup;
import io.payerid.channels.wechat.WechatPayV2Client;
import io.payerid.core.paycode.PaymentCodeLookup;
import io.payerid.core.paycode.PaymentCodeService;
import io.payerid.core.tenant.TenantDirectory;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** WeChat Pay: payment code → openid, and the service routing every wallet's payment codes. */
@Configuration(proxyBeanMethods = false)
public class WechatPayConfiguration {

    @Bean
    WechatPayV2Client wechatPayV2Client(UpstreamProperties upstream, UpstreamHttpProperties http) {
        return new WechatPayV2Client(UpstreamProperties.emptyToNull(upstream.wechatPayBaseUrl()), http.settings());
    }

    @Bean
    WechatPayCodeLookup wechatPayCodeLookup(WechatPayV2Client client) {
        return new WechatPayCodeLookup(client);
    }

    /** Every wallet's lookup in the context; a wallet without one answers UNSUPPORTED_WALLET. */
    @Bean
    PaymentCodeService paymentCodeService(TenantDirectory tenants, List<PaymentCodeLookup> lookups) {
        return new PaymentCodeService(tenants, lookups);
    }
}
