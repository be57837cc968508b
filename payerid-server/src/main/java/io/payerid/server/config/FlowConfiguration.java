package io.payerid.server.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.payerid.channels.wechat.WechatHosts;
import io.payerid.channels.wechat.WechatHttpClientBuilder;
import io.payerid.channels.wechat.WechatMpServices;
import io.payerid.channels.wechat.WechatOAuthChannel;
import io.payerid.channels.wechat.WechatOAuthRouter;
import io.payerid.channels.wechat.component.ComponentOAuthChannel;
import io.payerid.core.flow.UpstreamCodeShape;
import io.payerid.core.crypto.KeyRing;
import io.payerid.core.flow.AuthorizationFlow;
import io.payerid.core.flow.FlowLinks;
import io.payerid.core.flow.OAuthChannel;
import io.payerid.core.flow.ResultTickets;
import io.payerid.core.seal.SealedState;
import io.payerid.core.signing.MerchantSignatures;
import io.payerid.core.signing.SignedRequestVerifier;
import io.payerid.core.store.SharedStateStore;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.metrics.FlowMetrics;
import io.payerid.server.stats.FanOutFlowObserver;
import io.payerid.server.stats.FlowStatsRecorder;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core flow: store, seal, signing, channels. */
@Configuration(proxyBeanMethods = false)
public class FlowConfiguration {

    /** Path prefix of the gateway's own payer pages (result pages of dialects), exempt from merchant whitelists. */
    public static final String GATEWAY_PAGES_PATH = "/v1/pages/";

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SealedState sealedState(KeyRing masterKeyRing, Clock clock) {
        return new SealedState(masterKeyRing.derive("payerid.flow-seal"), clock);
    }

    /** Links for merchants to show (authorize-url API): sealed under their own key, never a callback's. */
    @Bean
    FlowLinks flowLinks(AuthorizationFlow flow, KeyRing masterKeyRing, Clock clock) {
        return new FlowLinks(flow, new SealedState(masterKeyRing.derive("payerid.flow-link"), clock));
    }

    @Bean
    ResultTickets resultTickets(SharedStateStore store) {
        return new ResultTickets(store);
    }

    @Bean
    PlatformKeys platformKeys(PayerIdProperties properties,
                              @Value("${payerid.platform-private-key:}") String configuredKey) {
        String key = configuredKey.isBlank()
                ? EmbeddedSecrets.readOrCreate(properties.dataDir().resolve("platform-rsa.key"), PlatformKeys::generatePrivateKeyBase64)
                : configuredKey;
        return PlatformKeys.fromPrivateKey(key);
    }

    @Bean
    MerchantSignatures merchantSignatures(PlatformKeys platformKeys, Clock clock) {
        return new MerchantSignatures(platformKeys.privateKey(), clock);
    }

    @Bean
    SignedRequestVerifier signedRequestVerifier(MerchantSignatures signatures, SharedStateStore store, Clock clock,
                                                PayerIdProperties properties) {
        return new SignedRequestVerifier(signatures, store, clock, properties.requestWindow(),
                properties.nonceRetryGrace());
    }

    /** WxJava's services share one pool (WechatHttpClientBuilder), sized here before any is built. */
    @Bean
    WechatMpServices wechatMpServices(UpstreamProperties upstream, UpstreamHttpProperties http) {
        WechatHttpClientBuilder.configureShared(http.settings());
        return new WechatMpServices(new WechatHosts(UpstreamProperties.emptyToNull(upstream.wechatOpenHost()),
                UpstreamProperties.emptyToNull(upstream.wechatApiHost())));
    }

    /** WECHAT_OA: the account's own secret, or in mode COMPONENT the institution's third-party platform. */
    @Bean
    WechatOAuthRouter wechatOAuthChannel(WechatMpServices services, UpstreamProperties upstream,
                                         ComponentOAuthChannel component) {
        return new WechatOAuthRouter(new WechatOAuthChannel(services, UpstreamCodeShape.of("code", upstream.wechatCodePattern())),
                component);
    }

    @Bean
    AuthorizationFlow authorizationFlow(TenantDirectory tenants, SealedState sealedState, SharedStateStore store,
                                        List<OAuthChannel> channels, Clock clock, PayerIdProperties properties,
                                        MeterRegistry registry, FlowStatsRecorder dashboardStats) {
        return new AuthorizationFlow(tenants, sealedState, store, channels, clock, properties.flowTtl(),
                properties.publicBaseUrlWithoutSlash() + "/v1/oauth/callback",
                properties.publicBaseUrlWithoutSlash() + GATEWAY_PAGES_PATH,
                new FanOutFlowObserver(List.of(new FlowMetrics(registry), dashboardStats)));
    }
}
