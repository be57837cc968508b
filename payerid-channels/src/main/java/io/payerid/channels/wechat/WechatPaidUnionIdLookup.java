package io.payerid.channels.wechat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.WechatMiniApp;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;

/**
 * 支付后获取 UnionId: {@code GET /wxa/getpaidunionid} through WxJava's {@code WxMaService.getPaidUnionId},
 * with the mini-program's token from the central holder (a rejected token is refreshed once, transparently).
 * WeChat answers only within 5 minutes of the payment and only for the payer's own openid.
 */
public final class WechatPaidUnionIdLookup {

    private static final int MAX_OPENID_LENGTH = 128;

    private final WechatMaServices services;

    public WechatPaidUnionIdLookup(WechatMaServices services) {
        this.services = services;
    }

    /**
     * The payer's unionid.
     *
     * @throws WechatApiException with WeChat's errcode when WeChat refuses (INVALID_OPENID, PAID_ORDER_INVALID,
     *                            NO_OPEN_PLATFORM_BINDING, UPSTREAM_UNAVAILABLE for -1, …)
     * @throws PayerIdException   INVALID_REQUEST for a missing openid, UPSTREAM_UNAVAILABLE when unreachable
     */
    public String paidUnionId(WechatMiniApp app, String openid, PaidOrder order) {
        if (openid == null || openid.isBlank() || openid.length() > MAX_OPENID_LENGTH) {
            throw PayerIdException.invalid("openid is required (at most " + MAX_OPENID_LENGTH + " characters)");
        }
        try {
            // WxJava joins query parameters without encoding them: encode here so no value can add parameters.
            return services.forApp(app).getPaidUnionId(encoded(openid), encoded(order.transactionId()),
                    encoded(order.mchId()), encoded(order.outTradeNo()));
        } catch (WxErrorException e) {
            throw refused(app.appId(), e.getError().getErrorCode(), e);
        } catch (WxRuntimeException e) {
            throw new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "WeChat could not be reached", e);
        } catch (PayerIdException e) {
            throw e;
        } catch (RuntimeException e) {
            // A success answer without a unionid, or not JSON.
            throw new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat's getpaidunionid answer could not be read", e);
        }
    }

    private static WechatApiException refused(String appId, int errcode, Throwable cause) {
        return switch (errcode) {
            case -1 -> new WechatApiException(ErrorCode.UPSTREAM_UNAVAILABLE, errcode,
                    "WeChat is busy, try again later", cause);
            case 40003 -> new WechatApiException(ErrorCode.INVALID_OPENID, errcode,
                    "the openid is not a user of " + appId, cause);
            case 89002 -> new WechatApiException(ErrorCode.NO_OPEN_PLATFORM_BINDING, errcode,
                    appId + " is not bound to an open platform account", cause);
            case 89300 -> new WechatApiException(ErrorCode.PAID_ORDER_INVALID, errcode,
                    "no such order paid by this openid to " + appId + ", or paid more than 5 minutes ago", cause);
            case 40001, 40014, 42001 -> new WechatApiException(ErrorCode.UPSTREAM_ERROR, errcode,
                    "WeChat rejected the access token of " + appId + " again after a refresh", cause);
            default -> new WechatApiException(ErrorCode.UPSTREAM_ERROR, errcode, "getpaidunionid failed", cause);
        };
    }

    private static String encoded(String value) {
        return value == null ? null : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
