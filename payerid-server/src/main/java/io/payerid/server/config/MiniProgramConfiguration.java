package io.payerid.server.config;

import io.payerid.channels.alipay.AlipayClients;
import io.payerid.channels.alipay.AlipayMiniProgramCodeExchange;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatJsCodeExchange;
import io.payerid.channels.wechat.WechatMiniAppCodeRouter;
import io.payerid.channels.wechat.component.ComponentJsCodeExchange;
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

    /** WECHAT_MINIAPP: the mini-program's own secret, or in mode COMPONENT the institution's third-party platform. */
    @Bean
    WechatMiniAppCodeRouter wechatJsCodeExchange(UpstreamProperties upstream, ComponentJsCodeExchange component) {
        return new WechatMiniAppCodeRouter(new WechatJsCodeExchange(new WechatHosts(
                UpstreamProperties.emptyToNull(upstream.wechatOpenHost()), UpstreamProperties.emptyToNull(upstream.wechatApiHost()))),
                component);
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
