package io.payerid.core.component;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatComponentAccount;
import io.payerid.core.token.AccessToken;
import io.payerid.core.token.AccessTokenHolder;
import io.payerid.core.token.TokenMode;

/**
 * Finds the third-party platform behind a merchant's component-mode channel (its institution's WECHAT_COMPONENT,
 * read through the tenant cache) and holds its component access token in the central {@link AccessTokenHolder}:
 * one fetch per expiry across nodes, like every other WeChat base token.
 */
public final class ComponentAccounts {

    private final TenantDirectory tenants;
    private final AccessTokenHolder tokens;

    public ComponentAccounts(TenantDirectory tenants, AccessTokenHolder tokens) {
        this.tenants = tenants;
        this.tokens = tokens;
    }

    /** The platform the merchant owning {@code config} reaches WeChat through. */
    public WechatComponentAccount forChannel(ChannelConfig config) {
        if (config.ownerType() != OwnerType.MERCHANT) {
            throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "component mode is a merchant channel's mode");
        }
        Merchant merchant = tenants.merchantById(config.ownerId())
                .orElseThrow(() -> new PayerIdException(ErrorCode.MERCHANT_NOT_FOUND, "merchant of the channel is gone"));
        return forMerchant(merchant);
    }

    public WechatComponentAccount forMerchant(Merchant merchant) {
        return tenants.effectiveChannel(merchant, ChannelKind.WECHAT_COMPONENT)
                .filter(c -> c.ownerType() == OwnerType.INSTITUTION)
                .map(WechatComponentAccount::from)
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "the merchant's institution has no WeChat third-party platform"));
    }

    /** The platform's component_access_token (COMPONENT_TICKET_MISSING before the first ticket push). */
    public AccessToken token(WechatComponentAccount account) {
        return tokens.current(account.componentAppId(), account.appSecret(), TokenMode.COMPONENT);
    }

    /** Passive refresh after WeChat rejected {@code usedToken}; true when the call is worth one repeat. */
    public boolean onRejection(WechatComponentAccount account, String usedToken, int errcode) {
        return tokens.onRejection(account.componentAppId(), usedToken, errcode);
    }
}
