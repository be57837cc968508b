package io.payerid.channels.wechat;

import com.github.binarywang.wxpay.bean.WxPayApiData;
import com.github.binarywang.wxpay.bean.request.WxPayAuthcode2OpenidRequest;
import com.github.binarywang.wxpay.bean.result.BaseWxPayResult;
import com.github.binarywang.wxpay.bean.result.WxPayAuthcode2OpenidResult;
import com.github.binarywang.wxpay.exception.WxPayException;
import com.github.binarywang.wxpay.service.WxPayService;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.paycode.PaymentCodeIdentity;
import io.payerid.core.paycode.PaymentCodeLookup;
import io.payerid.core.paycode.PaymentCodeQuery;
import io.payerid.core.paycode.Wallet;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.WechatPayMerchant;
import java.util.Map;

/**
 * WeChat Pay v2 付款码查询openid ({@code /tools/authcodetoopenid}) through WxJava's
 * {@link WxPayService#authcode2Openid(WxPayAuthcode2OpenidRequest)}: WxJava signs the request and
 * verifies the answer's signature with the merchant's API key and sign type.
 *
 * <p>Partner mode: the sub-merchant's appid comes from the query, else from the configuration; with
 * neither WeChat picks the sub-merchant's only bound appid (and refuses when it has several).
 */
public final class WechatPayCodeLookup implements PaymentCodeLookup {

    private static final String PATH = "/tools/authcodetoopenid";

    private final WechatPayServices services;

    public WechatPayCodeLookup(WechatPayServices services) {
        this.services = services;
    }

    @Override
    public Wallet wallet() {
        return Wallet.WECHAT;
    }

    @Override
    public PaymentCodeIdentity lookup(ChannelConfig config, PaymentCodeQuery query) {
        WechatPayMerchant merchant = WechatPayMerchant.from(config);
        WxPayAuthcode2OpenidRequest request = new WxPayAuthcode2OpenidRequest(query.authCode());
        request.setSubAppId(subAppId(merchant, query));
        WxPayService service = services.forMerchant(merchant);
        String openId;
        WxPayApiData exchange;
        try {
            openId = service.authcode2Openid(request);
        } catch (WxPayException e) {
            throw WechatPayErrors.translate(e);
        } catch (RuntimeException e) {
            // WxJava's XML parsing of an answer that is not WeChat Pay XML (an HTML error page, say).
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat Pay answered something that is not its XML", e);
        } finally {
            // Always taken, so a failed exchange does not linger on the thread.
            exchange = service.getWxApiData();
        }
        Map<String, String> answer = verifiedAnswer(exchange);
        String subOpenId = blankToNull(answer.get("sub_openid"));
        String subAppId = subOpenId == null ? null : firstNonBlank(answer.get("sub_appid"), request.getSubAppId());
        return new PaymentCodeIdentity(Wallet.WECHAT, merchant.appId(), openId, subAppId, subOpenId);
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

    /**
     * The answer WxJava has just verified, as all its fields: WxJava's result type keeps {@code openid}
     * only. WxJava keeps the raw exchange per thread ({@code ifSaveApiData}); the URL check makes sure it
     * is this call's.
     */
    private static Map<String, String> verifiedAnswer(WxPayApiData exchange) {
        if (exchange == null || exchange.getUrl() == null || !exchange.getUrl().endsWith(PATH)
                || exchange.getResponseData() == null) {
            return Map.of();
        }
        return BaseWxPayResult.fromXML(exchange.getResponseData(), WxPayAuthcode2OpenidResult.class).toMap();
    }

    private static String firstNonBlank(String first, String second) {
        return blankToNull(first) != null ? first : second;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
