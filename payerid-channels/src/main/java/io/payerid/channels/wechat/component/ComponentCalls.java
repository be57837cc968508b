package io.payerid.channels.wechat.component;

import io.payerid.channels.wechat.WechatApiException;
import io.payerid.core.component.ComponentAccounts;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import java.util.function.Function;

/**
 * Runs a call that needs the platform's component_access_token, and once more with a fresh token when WeChat
 * rejected the one used (40001/40014/42001: revoked or expired early), as WxJava's open client does.
 */
public final class ComponentCalls {

    private final ComponentAccounts accounts;

    public ComponentCalls(ComponentAccounts accounts) {
        this.accounts = accounts;
    }

    public ComponentAccounts accounts() {
        return accounts;
    }

    /** The institution's platform behind a merchant's component-mode channel, which must be the one authorized. */
    public WechatComponentAccount platform(ChannelConfig config, WechatComponentAuthorizer authorizer) {
        WechatComponentAccount account = accounts.forChannel(config);
        if (!account.componentAppId().equals(authorizer.componentAppId())) {
            throw new PayerIdException(ErrorCode.COMPONENT_NOT_AUTHORIZED,
                    "the merchant's account was authorized to another third-party platform than its institution's");
        }
        return account;
    }

    public <T> T withToken(WechatComponentAccount account, Function<String, T> call) {
        String token = accounts.token(account).value();
        try {
            return call.apply(token);
        } catch (WechatApiException e) {
            if (!accounts.onRejection(account, token, e.errcode())) {
                throw e;
            }
            return call.apply(accounts.token(account).value());
        }
    }
}
