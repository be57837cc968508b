package io.payerid.server.config;

import io.payerid.channels.alipay.AlipayClients;
import io.payerid.channels.alipay.AlipayMiniProgramCodeExchange;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatJsCodeExchange;
import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.miniprogram.MiniProgramCodeExchange;
import io.payerid.core.miniprogram.MiniProgramIdentityService;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.TenantDirectory;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mini-program login codes → payer ids: WeChat's jscode2session and Alipay's oauth.token for mini-program apps. */
@Configuration(proxyBeanMethods = false)
public class MiniProgramConfiguration {

    @Bean
    WechatJsCodeExchange wechatJsCodeExchange(UpstreamProperties upstream) {
        return new WechatJsCodeExchange(new WechatHosts(UpstreamProperties.emptyToNull(upstream.wechatOpenHost()),
                UpstreamProperties.emptyToNull(upstream.wechatApiHost())));
    }

    @Bean
    AlipayMiniProgramCodeExchange alipayMiniProgramCodeExchange(AlipayClients clients) {
        return new AlipayMiniProgramCodeExchange(clients);
    }

    @Bean
    MiniProgramIdentityService miniProgramIdentityService(TenantDirectory tenants, SharedStateStore store,
                                                          SecretCipher cipher, List<MiniProgramCodeExchange> exchanges) {
        return new MiniProgramIdentityService(tenants, store, cipher, exchanges);
    }
}
