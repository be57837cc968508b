package io.payerid.channels.wechat;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.paycode.PaymentCodeIdentity;
import io.payerid.core.paycode.PaymentCodeLookup;
import io.payerid.core.paycode.PaymentCodeQuery;
import io.payerid.core.paycode.Wallet;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.WechatPayMerchant;
import java.util.Map;

/**
 * WeChat Pay v2 付款码查询openid ({@code /tools/authcodetoopenid}) through {@link WechatPayV2Client},
 * which signs the request and verifies the answer's signature with the merchant's API key and sign type.
 *
 * <p>Partner mode: the sub-merchant's appid comes from the query, else from the configuration; with
 * neither WeChat picks the sub-merchant's only bound appid (and refuses when it has several).
 */
public final class WechatPayCodeLookup implements PaymentCodeLookup {

    private final WechatPayV2Client client;

    public WechatPayCodeLookup(WechatPayV2Client client) {
        this.client = client;
    }

    @Override
    public Wallet wallet() {
        return Wallet.WECHAT;
    }

    @Override
    public PaymentCodeIdentity lookup(ChannelConfig config, PaymentCodeQuery query) {
        WechatPayMerchant merchant = WechatPayMerchant.from(config);
        String requestedSubAppId = subAppId(merchant, query);
        Map<String, String> answer = client.authcodeToOpenid(merchant, query.authCode(), requestedSubAppId);
        String subOpenId = blankToNull(answer.get("sub_openid"));
        String subAppId = subOpenId == null ? null : firstNonBlank(answer.get("sub_appid"), requestedSubAppId);
        return new PaymentCodeIdentity(Wallet.WECHAT, merchant.appId(), answer.get("openid"), subAppId, subOpenId);
    }

    private static String subAppId(WechatPayMerchant merchant, PaymentCodeQuery query) {
        if (!merchant.partner()) {
            if (query.subAppId() != null) {
                throw PayerIdException.invalid("subAppId applies only to a service-provider (partner) WeChat Pay configuration");
            }
            return null;
        }
        return query.subAppId() != null ? query.subAppId() : merchant.subAppId();
    }

    private static String firstNonBlank(String first, String second) {
        return blankToNull(first) != null ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
