package io.payerid.channels.unionpay;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.List;
import java.util.Locale;

/**
 * 通联's refusals carry {@code retcode=FAIL} and a Chinese {@code retmsg}, no code to branch on (its published
 * error list is not available), so the message is read: one about the authorization code is AUTH_CODE_INVALID,
 * one about the signature, merchant, appid or permissions is CHANNEL_NOT_CONFIGURED, 系统繁忙 is
 * UPSTREAM_UNAVAILABLE, the rest UPSTREAM_ERROR. The text is quoted (shortened): it holds no secret.
 */
final class AllinpayErrors {

    static final List<String> CODE_HINTS = List.of("授权码", "authcode", "userauthcode");
    static final List<String> CREDENTIAL_HINTS = List.of("签名", "商户", "权限", "appid", "cusid", "sign");
    static final List<String> BUSY_HINTS = List.of("系统繁忙", "系统异常", "busy");
    private static final int MAX_QUOTED = 100;

    private AllinpayErrors() {
    }

    static PayerIdException refused(String retcode, String retmsg) {
        String quoted = "通联 retcode " + quote(retcode) + ": " + quote(retmsg);
        if (mentions(retmsg, CODE_HINTS)) {
            return new PayerIdException(ErrorCode.AUTH_CODE_INVALID, quoted);
        }
        if (mentions(retmsg, CREDENTIAL_HINTS)) {
            return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED, "通联 refused the merchant's credentials (" + quoted + ")");
        }
        if (mentions(retmsg, BUSY_HINTS)) {
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, quoted);
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, quoted);
    }

    private static boolean mentions(String message, List<String> hints) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return hints.stream().anyMatch(lower::contains);
    }

    private static String quote(String value) {
        if (value == null) {
            return "(none)";
        }
        String printable = value.replaceAll("\\p{Cntrl}", " ");
        return printable.length() > MAX_QUOTED ? printable.substring(0, MAX_QUOTED) + "…" : printable;
    }
}
