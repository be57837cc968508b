package io.payerid.channels.wechat;

import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Secret;
import io.payerid.core.token.AccessToken;
import java.time.Duration;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;

/**
 * One base-token request made by WxJava's own client, so URL, JSON body and answer parsing are WeChat's
 * as WxJava knows them. The endpoints serve every appid alike (official account or mini-program).
 *
 * <p>Each request gets a throwaway service whose config starts out expired: WxJava then fetches exactly
 * once and hands the answer to {@link Capture}, and no token or secret stays behind in a shared object.
 * (WxJava's Apache client builder is a process-wide singleton, so this costs no new connection pool.)
 */
final class WxMaTokenRequest {

    private final WechatHosts hosts;

    WxMaTokenRequest(WechatHosts hosts) {
        this.hosts = hosts;
    }

    AccessToken fetch(String appId, Secret secret, boolean stableEndpoint, boolean forceRefresh) {
        Capture capture = new Capture();
        capture.setAppid(appId);
        capture.setSecret(secret.reveal());
        capture.useStableAccessToken(stableEndpoint);
        capture.setApacheHttpClientBuilder(WechatHttpClientBuilder.shared());
        if (hosts.apiHost() != null) {
            capture.setApiHostUrl(hosts.apiHost());
        }
        WxMaServiceImpl service = new WxMaServiceImpl();
        service.setWxMaConfig(capture);
        try {
            String value = service.getAccessToken(forceRefresh);
            return new AccessToken(value, Duration.ofSeconds(capture.expiresInSeconds));
        } catch (WxErrorException e) {
            throw refused(appId, e.getError().getErrorCode(), e);
        } catch (WxRuntimeException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat could not be reached for an access token", e);
        } catch (RuntimeException e) {
            // Not JSON, or no token or lifetime in it (Gson or AccessToken refuse it).
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's access token answer could not be used", e);
        }
    }

    private static WechatApiException refused(String appId, int errcode, Throwable cause) {
        return switch (errcode) {
            case -1, 45009, 45011 -> new WechatApiException(ErrorCode.UPSTREAM_UNAVAILABLE, errcode,
                    "WeChat is busy or the token quota is used up", cause);
            case 40164 -> new WechatApiException(ErrorCode.CHANNEL_NOT_CONFIGURED, errcode,
                    "the gateway's IP address is not in the IP whitelist of " + appId, cause);
            // At the token endpoints 40001 means a wrong AppSecret.
            case 40001, 40013, 40125, 41002, 41004 -> new WechatApiException(ErrorCode.CHANNEL_NOT_CONFIGURED, errcode,
                    "WeChat refused the appid or AppSecret of " + appId, cause);
            default -> new WechatApiException(ErrorCode.UPSTREAM_ERROR, errcode,
                    "WeChat refused an access token for " + appId, cause);
        };
    }

    /** Records what WxJava parsed from the answer instead of keeping it. */
    private static final class Capture extends WxMaDefaultConfigImpl {
        private int expiresInSeconds;

        @Override
        public synchronized void updateAccessToken(String accessToken, int expiresInSeconds) {
            this.expiresInSeconds = expiresInSeconds;
        }

        @Override
        public String toString() {
            return "WxMaTokenRequest.Capture[appid=" + getAppid() + "]";
        }
    }
}
