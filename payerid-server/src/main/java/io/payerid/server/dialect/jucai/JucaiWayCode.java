package io.payerid.server.dialect.jucai;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/** The seed's {@code wayCode}: what {@code authCode} is. */
enum JucaiWayCode {
    /** A WeChat payment code (付款码, 18 digits starting 10–15). */
    WECHAT,
    /** A UnionPay userAuthCode from the userAuth redirect. */
    UNIONPAY;

    /** Exact, as the seed spells them (the value is signed, so no case folding could help). */
    static JucaiWayCode parse(String value) {
        for (JucaiWayCode wayCode : values()) {
            if (wayCode.name().equals(value)) {
                return wayCode;
            }
        }
        // The vendor's other APIs take ALIPAY; a real way code this endpoint does not serve is a channel error.
        if ("ALIPAY".equals(value)) {
            throw new PayerIdException(ErrorCode.UNSUPPORTED_CHANNEL, "wayCode ALIPAY is not served here; use WECHAT or UNIONPAY");
        }
        throw PayerIdException.invalid("wayCode must be WECHAT or UNIONPAY");
    }
}
