package io.payerid.core.tenant;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.token.TokenMode;

/**
 * Typed view of a {@link ChannelKind#WECHAT_MINIAPP} configuration: the mini-program whose base access
 * token the gateway holds centrally and whose paid orders yield unionids.
 *
 * @param tokenMode which WeChat endpoint issues its token (setting {@code tokenMode}, default stable)
 */
public record WechatMiniApp(String appId, Secret appSecret, ChannelMode mode, TokenMode tokenMode) {

    public static final String APP_ID = "appId";
    public static final String APP_SECRET = "appSecret";
    public static final String TOKEN_MODE = TokenMode.SETTING;

    public static WechatMiniApp from(ChannelConfig config) {
        if (config.kind() != ChannelKind.WECHAT_MINIAPP) {
            throw new IllegalArgumentException("not a WeChat mini-program configuration: " + config.kind());
        }
        String appId = config.setting(APP_ID).orElseThrow(() -> misconfigured("appId"));
        Secret secret = config.secret(APP_SECRET).orElseThrow(() -> misconfigured("appSecret"));
        return new WechatMiniApp(appId, secret, config.mode(), TokenMode.of(config));
    }

    private static PayerIdException misconfigured(String field) {
        return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "WeChat mini-program has no " + field);
    }
}
