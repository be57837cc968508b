package io.payerid.server.probe;

import io.payerid.channels.wechat.WechatPayV2Client;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatPayMerchant;
import java.util.Set;

/**
 * A WeChat Pay merchant's mch_id and API key, proven by {@code /tools/authcodetoopenid} with a payment code that can
 * be no payer's: WeChat checks the signature (and the appid/mch_id pair) before the code, so a signed
 * "code wrong" answer (result_code FAIL, err_code AUTH_CODE_ERROR/AUTH_CODE_INVALID) means the key works, while a
 * wrong key gets return_code FAIL 签名错误. The code is 18 digits (the API's format) starting 00, a prefix no wallet
 * issues, so the call cannot bind a real payer's code to this merchant (the API's side effect).
 */
final class WechatPayProbe implements ChannelProbe {

    static final String NO_PAYERS_CODE = "000000000000000000";
    private static final Set<ErrorCode> CODE_REFUSED = Set.of(ErrorCode.PAYMENT_CODE_INVALID, ErrorCode.PAYMENT_CODE_EXPIRED);

    private final WechatPayV2Client client;

    WechatPayProbe(WechatPayV2Client client) {
        this.client = client;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WECHAT_PAY;
    }

    @Override
    public void requireComplete(ChannelConfig saved) {
        WechatPayMerchant.from(saved);
    }

    @Override
    public String call(ChannelConfig saved) {
        WechatPayMerchant merchant = WechatPayMerchant.from(saved);
        try {
            client.authcodeToOpenid(merchant, NO_PAYERS_CODE, merchant.partner() ? merchant.subAppId() : null);
            return "WeChat Pay answered an openid for the test code";
        } catch (PayerIdException e) {
            if (CODE_REFUSED.contains(e.code())) {
                return "signature and mch_id accepted; the test code was refused as expected (" + e.detail() + ")";
            }
            throw e;
        }
    }
}
