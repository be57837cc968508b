package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.miniprogram.SessionKeyDelivery;
import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.tenant.WechatMiniApp;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.core.tenant.WechatComponentAuthorizer;
import io.payerid.core.tenant.WechatPayMerchant;

/**
 * Refuses a channel configuration the gateway could not use, when the operator saves it rather than when a
 * payer first needs it. Each kind's typed view already knows its required fields and their rules, so this
 * asks it: a view that cannot be built is an {@code INVALID_REQUEST} naming what is missing.
 */
final class ChannelConfigRules {

    private ChannelConfigRules() {
    }

    static void check(ChannelConfig candidate) {
        try {
            if (WechatComponentAuthorizer.applies(candidate)) {
                ComponentChannelRules.checkAuthorizer(candidate);
                return;
            }
            switch (candidate.kind()) {
                case WECHAT_OA -> WechatOfficialAccount.from(candidate);
                case WECHAT_COMPONENT -> ComponentChannelRules.checkPlatform(candidate);
                case WECHAT_MINIAPP -> {
                    WechatMiniApp.from(candidate);
                    SessionKeyDelivery.of(candidate);
                }
                case WECHAT_PAY -> WechatPayMerchant.from(candidate);
                case ALIPAY, ALIPAY_MINIAPP -> AlipayApp.from(candidate);
                case UNIONPAY -> UnionPayAcquirer.from(candidate);
            }
        } catch (PayerIdException e) {
            throw PayerIdException.invalid(candidate.kind() + " configuration is unusable: " + e.detail());
        } catch (IllegalArgumentException e) {
            throw PayerIdException.invalid(candidate.kind() + " configuration is unusable: " + e.getMessage());
        }
    }
}
