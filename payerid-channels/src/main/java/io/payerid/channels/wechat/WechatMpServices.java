package io.payerid.channels.wechat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.tenant.WechatOfficialAccount;
import java.time.Duration;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;

/**
 * One WxJava {@link WxMpService} per official account, built on first use and cached. A service per
 * appid (rather than WxJava's ThreadLocal multi-account switching) keeps concurrent requests for
 * different tenants from ever seeing each other's credentials. A changed secret builds a new service.
 */
public final class WechatMpServices {

    private final WechatHosts hosts;
    private final Cache<String, WxMpService> services = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    public WechatMpServices(WechatHosts hosts) {
        this.hosts = hosts;
    }

    /** Where WeChat lives for these services (the browser's authorize page is built from its open host). */
    public WechatHosts hosts() {
        return hosts;
    }

    public WxMpService forAccount(WechatOfficialAccount account) {
        String secretFingerprint = Digests.hmacSha256Hex("payerid", account.appSecret().reveal(), HexCase.LOWER);
        return services.get(account.appId() + ":" + secretFingerprint, key -> build(account));
    }

    private WxMpService build(WechatOfficialAccount account) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(account.appId());
        config.setSecret(account.appSecret().reveal());
        config.setApacheHttpClientBuilder(WechatHttpClientBuilder.shared());
        if (hosts.openHost() != null || hosts.apiHost() != null) {
            WxMpHostConfig hostConfig = new WxMpHostConfig();
            hostConfig.setOpenHost(hosts.openHost() == null ? WxMpHostConfig.OPEN_DEFAULT_HOST_URL : hosts.openHost());
            hostConfig.setApiHost(hosts.apiHost() == null ? WxMpHostConfig.API_DEFAULT_HOST_URL : hosts.apiHost());
            hostConfig.setMpHost(WxMpHostConfig.MP_DEFAULT_HOST_URL);
            config.setHostConfig(hostConfig);
        }
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        // WxJava retries errcode -1 five times with 1 s sleeps by default; a payer is waiting, so retry once, quickly.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }
}
