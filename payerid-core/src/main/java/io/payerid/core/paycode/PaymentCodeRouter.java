package io.payerid.core.paycode;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;

/**
 * Which wallet a scanned payment code belongs to, from its shape alone: WeChat 18 digits starting 10–15,
 * Alipay 16–24 digits starting 25–30, UnionPay 19 digits starting 62. The ranges do not overlap, so the
 * order of the checks does not matter.
 */
public final class PaymentCodeRouter {

    private PaymentCodeRouter() {
    }

    /** @throws PayerIdException PAYMENT_CODE_INVALID when the code fits no wallet */
    public static Wallet route(String authCode) {
        if (authCode == null || authCode.isEmpty() || !allDigits(authCode)) {
            throw invalid("a payment code is digits only");
        }
        int length = authCode.length();
        int prefix = length < 2 ? -1 : Integer.parseInt(authCode.substring(0, 2));
        if (length == 18 && prefix >= 10 && prefix <= 15) {
            return Wallet.WECHAT;
        }
        if (length >= 16 && length <= 24 && prefix >= 25 && prefix <= 30) {
            return Wallet.ALIPAY;
        }
        if (length == 19 && prefix == 62) {
            return Wallet.UNIONPAY;
        }
        throw invalid("a " + length + "-digit code starting " + authCode.charAt(0)
                + " fits no wallet (WeChat: 18 digits, 10-15; Alipay: 16-24 digits, 25-30; UnionPay: 19 digits, 62)");
    }

    private static boolean allDigits(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static PayerIdException invalid(String detail) {
        return new PayerIdException(ErrorCode.PAYMENT_CODE_INVALID, detail);
    }
}
