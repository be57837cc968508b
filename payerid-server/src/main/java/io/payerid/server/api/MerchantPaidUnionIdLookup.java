package io.payerid.server.api;

import io.payerid.channels.wechat.PaidOrder;
import io.payerid.channels.wechat.WechatPaidUnionIdLookup;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatMiniApp;
import org.springframework.stereotype.Component;

/**
 * A payer's unionid after a mini-program payment, asked of WeChat through the merchant's effective
 * WECHAT_MINIAPP configuration with the gateway's central token. The one lookup behind the native
 * {@code /v1/wechat/paid-unionid} and the WeChat-compatible {@code /wxa/getpaidunionid}: they differ only
 * in how the caller authenticates and how the answer is shaped.
 */
@Component
public class MerchantPaidUnionIdLookup {

    /** The unionid and the mini-program ({@code channelAppId}) the openid belongs to. */
    public record PaidUnionId(String unionid, String channelAppId) {
    }

    private final TenantDirectory tenants;
    private final WechatPaidUnionIdLookup lookup;

    public MerchantPaidUnionIdLookup(TenantDirectory tenants, WechatPaidUnionIdLookup lookup) {
        this.tenants = tenants;
        this.lookup = lookup;
    }

    /**
     * @throws PayerIdException CHANNEL_NOT_CONFIGURED without a WECHAT_MINIAPP configuration; otherwise what
     *                          {@link WechatPaidUnionIdLookup#paidUnionId} throws (WeChat's errcode kept)
     */
    public PaidUnionId lookup(Merchant merchant, String openid, PaidOrder order) {
        WechatMiniApp miniApp = WechatMiniApp.from(tenants.effectiveChannel(merchant, ChannelKind.WECHAT_MINIAPP)
                .orElseThrow(() -> new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                        "no WECHAT_MINIAPP configuration for merchant " + merchant.mchNo())));
        return new PaidUnionId(lookup.paidUnionId(miniApp, openid, order), miniApp.appId());
    }
}
