package io.payerid.server.probe;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenSource;

/**
 * An official account's or mini-program's appid and AppSecret, proven by a base access token from
 * {@code POST /cgi-bin/stable_token} with {@code force_refresh=false}, always, whatever token mode the account uses.
 * The central holder is deliberately not asked: it answers from its cache, so it would not notice a secret changed
 * since, and a fetch through it stores the token. stable_token in normal mode returns the token already current and
 * revokes none, and its tokens are a namespace apart from {@code /cgi-bin/token}'s, so this test cannot end the token
 * other flows hold (a {@code /cgi-bin/token} call would: each one retires the previous token). The token is dropped.
 */
final class WechatTokenProbe implements ChannelProbe {

    private final ChannelKind kind;
    private final AccessTokenSource stableTokens;

    WechatTokenProbe(ChannelKind kind, AccessTokenSource stableTokens) {
        if (kind != ChannelKind.WECHAT_OA && kind != ChannelKind.WECHAT_MINIAPP) {
            throw new IllegalArgumentException("no base token for " + kind);
        }
        this.kind = kind;
        this.stableTokens = stableTokens;
    }

    @Override
    public ChannelKind kind() {
        return kind;
    }

    @Override
    public void requireComplete(ChannelConfig saved) {
        if (saved.mode() == ChannelMode.COMPONENT) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "in component mode the account has no"
                    + " AppSecret of its own: test the institution's WECHAT_COMPONENT channel");
        }
        appId(saved);
        secret(saved);
    }

    @Override
    public String call(ChannelConfig saved) {
        AccessToken token = stableTokens.fetch(appId(saved), secret(saved), false);
        return "stable_token issued an access_token (expires_in " + token.expiresIn().toSeconds() + " s)";
    }

    private String appId(ChannelConfig saved) {
        return kind == ChannelKind.WECHAT_OA ? WechatOfficialAccount.from(saved).appId() : WechatMiniApp.from(saved).appId();
    }

    private Secret secret(ChannelConfig saved) {
        return kind == ChannelKind.WECHAT_OA ? WechatOfficialAccount.from(saved).appSecret()
                : WechatMiniApp.from(saved).appSecret();
    }
}
