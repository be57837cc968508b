package io.payerid.server.dialect.wxcompat;

import io.payerid.channels.wechat.WechatApiException;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.token.AccessTokenHolder;

/**
 * The errcodes these endpoints answer, WeChat's numbers and wording, and how a gateway failure becomes one.
 * WeChat's own refusals of the lookup are echoed with their errcode; everything else maps onto the
 * WeChat code a client of {@code api.weixin.qq.com} already handles (docs/compat/003-wechat-getpaidunionid.md).
 */
final class WxErrcodes {

    static final int SYSTEM_ERROR = -1;
    static final int INVALID_CREDENTIAL = 40001;
    static final int INVALID_GRANT_TYPE = 40002;
    static final int INVALID_OPENID = 40003;
    static final int INVALID_APPID = 40013;
    static final int INVALID_ARGS = 40097;
    static final int INVALID_APPSECRET = 40125;
    static final int ACCESS_TOKEN_MISSING = 41001;
    static final int APPID_MISSING = 41002;
    static final int APPSECRET_MISSING = 41004;
    static final int OPENID_MISSING = 41009;
    static final int ACCESS_TOKEN_EXPIRED = 42001;
    static final int REQUIRE_GET = 43001;
    static final int REQUIRE_POST = 43002;
    static final int DATA_FORMAT_ERROR = 47001;
    static final int API_UNAUTHORIZED = 48001;
    static final int MINUTE_QUOTA_REACHED = 45011;
    static final int USER_LIMITED = 50002;
    static final int NO_OPEN_PLATFORM = 89002;
    static final int INVALID_TRADE = 89300;

    private WxErrcodes() {
    }

    static WxErrcodeException of(int errcode, String errmsg) {
        return new WxErrcodeException(errcode, errmsg);
    }

    /** A 40097 naming what is wrong, in WeChat's "hint" style. */
    static WxErrcodeException invalidArgs(String hint) {
        return of(INVALID_ARGS, "invalid args hint: [" + hint + "]");
    }

    static WxErrcodeException systemError() {
        return of(SYSTEM_ERROR, "system error");
    }

    /** A gateway failure as WeChat would have answered it. */
    static WxErrcodeException translate(PayerIdException e) {
        if (e instanceof WechatApiException upstream) {
            return upstream(upstream);
        }
        return switch (e.code()) {
            case INVALID_REQUEST -> invalidArgs(e.detail());
            case CHANNEL_NOT_CONFIGURED -> apiUnauthorized(e.detail());
            // WeChat's frequency limit: 45011 is its per-minute one (45009 is the daily quota, reset only by
            // the account owner), which is what a token bucket refilling within minutes is.
            case RATE_LIMITED -> of(MINUTE_QUOTA_REACHED, "api minute-quota reach limit  mustslower  retry next minute");
            default -> systemError();
        };
    }

    /** No usable mini-program behind the merchant: WeChat's answer for an app lacking an API's permission. */
    private static WxErrcodeException apiUnauthorized(String hint) {
        return of(API_UNAUTHORIZED, "api unauthorized hint: [" + hint + "]");
    }

    /**
     * WeChat's refusal of the lookup, echoed with its errcode. Not echoed: what WeChat said about the
     * gateway's own credentials. A refused mini-program secret or IP (while fetching the central token) is
     * the operator's to fix (48001); busy or out of quota is "try again later" (-1); and the central token
     * rejected even after the holder's refresh is -1 too, since echoing 40001/42001 would make the merchant's
     * client throw away its perfectly good token from us.
     */
    private static WxErrcodeException upstream(WechatApiException e) {
        if (e.code() == ErrorCode.CHANNEL_NOT_CONFIGURED) {
            return apiUnauthorized(e.detail());
        }
        if (e.code() == ErrorCode.UPSTREAM_UNAVAILABLE || AccessTokenHolder.TOKEN_REJECTED_ERRCODES.contains(e.errcode())) {
            return systemError();
        }
        return switch (e.errcode()) {
            case INVALID_OPENID -> of(INVALID_OPENID, "invalid openid");
            case NO_OPEN_PLATFORM -> of(NO_OPEN_PLATFORM, "open not exists");
            case INVALID_TRADE -> of(INVALID_TRADE, "invalid trade");
            default -> of(e.errcode(), e.detail());
        };
    }
}
