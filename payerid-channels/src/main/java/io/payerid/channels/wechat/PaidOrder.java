package io.payerid.channels.wechat;

import io.payerid.core.error.PayerIdException;
import java.util.regex.Pattern;

/**
 * The payment a paid-unionid lookup refers to, in exactly one of WeChat's two forms: the WeChat Pay
 * {@code transaction_id}, or the merchant's {@code mch_id} with its {@code out_trade_no}. The other
 * form's fields are null.
 */
public record PaidOrder(String transactionId, String mchId, String outTradeNo) {

    private static final Pattern TRANSACTION_ID = Pattern.compile("[0-9A-Za-z]{1,32}");
    private static final Pattern MCH_ID = Pattern.compile("[0-9]{1,32}");
    /** WeChat Pay v2: at most 32 characters, digits, letters and {@code _-|*}. */
    private static final Pattern OUT_TRADE_NO = Pattern.compile("[0-9A-Za-z_\\-|*]{1,32}");

    /** From request fields where blank means absent; {@code INVALID_REQUEST} unless exactly one form is complete. */
    public static PaidOrder of(String transactionId, String mchId, String outTradeNo) {
        String tx = blankToNull(transactionId);
        String mch = blankToNull(mchId);
        String out = blankToNull(outTradeNo);
        if (tx != null && (mch != null || out != null)) {
            throw PayerIdException.invalid("give either transactionId or mchId with outTradeNo, not both");
        }
        if (tx != null) {
            return new PaidOrder(checked("transactionId", tx, TRANSACTION_ID), null, null);
        }
        if (mch == null || out == null) {
            throw PayerIdException.invalid("transactionId, or mchId together with outTradeNo, is required");
        }
        return new PaidOrder(null, checked("mchId", mch, MCH_ID), checked("outTradeNo", out, OUT_TRADE_NO));
    }

    public boolean byTransactionId() {
        return transactionId != null;
    }

    private static String checked(String name, String value, Pattern format) {
        if (!format.matcher(value).matches()) {
            throw PayerIdException.invalid(name + " is malformed (" + format.pattern() + ")");
        }
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
