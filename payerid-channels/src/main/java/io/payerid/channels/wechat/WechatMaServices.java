package io.payerid.channels.wechat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.payerid.core.signing.Digests;
import io.payerid.core.signing.HexCase;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.token.AccessTokenHolder;
import java.time.Duration;

/**
 * One WxJava {@link WxMaService} per mini-program, built on first use and cached, its token supplied by
 * the central {@link AccessTokenHolder}. As with {@link WechatMpServices}, a service per appid (not
 * WxJava's ThreadLocal switching) keeps tenants apart; a changed secret or token mode builds a new one.
 */
public final class WechatMaServices {

    private final WechatHosts hosts;
    private final AccessTokenHolder holder;
    private final Cache<String, WxMaService> services = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();

    public WechatMaServices(WechatHosts hosts, AccessTokenHolder holder) {
        this.hosts = hosts;
        this.holder = holder;
    }

    public WxMaService forApp(WechatMiniApp app) {
        String secretFingerprint = Digests.hmacSha256Hex("payerid", app.appSecret().reveal(), HexCase.LOWER);
        return services.get(app.appId() + ":" + app.tokenMode() + ":" + secretFingerprint, key -> build(app));
    }

    private WxMaService build(WechatMiniApp app) {
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(new CentralTokenWxMaConfig(app, holder, hosts));
        // WxJava retries errcode -1 five times with growing sleeps by default; a caller is waiting, so once, quickly.
        service.setMaxRetryTimes(1);
        service.setRetrySleepMillis(200);
        return service;
    }
}
