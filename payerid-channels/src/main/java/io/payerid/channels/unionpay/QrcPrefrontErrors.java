package io.payerid.channels.unionpay;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps the 条码前置 gateway's two failure levels onto gateway codes.
 *
 * <ul>
 *   <li>{@code status != 0} (communication level, unsigned, only a {@code message}): the gateway refused the
 *       request itself. There is no code to branch on, so the message is read: one about the signature, the
 *       merchant or its permissions means our credentials are wrong (CHANNEL_NOT_CONFIGURED); anything else
 *       is UPSTREAM_ERROR.</li>
 *   <li>{@code result_code != 0} (business level, signed, {@code err_code}/{@code err_msg}): codes naming an
 *       invalid, expired or used auth code are AUTH_CODE_INVALID; a system error is UPSTREAM_UNAVAILABLE
 *       (worth retrying); the rest UPSTREAM_ERROR.</li>
 * </ul>
 * The acquirer's own text is quoted in the detail (shortened): it helps the merchant and holds no secret.
 */
final class QrcPrefrontErrors {

    /**
     * err_code values that mean "this userAuthCode cannot be redeemed". The acquirer's published list is not
     * available, so both the sandbox's codes and the WeChat-style names the same gateway family uses are here.
     */
    static final Set<String> CODE_REJECTED = Set.of("AUTHCODE_INVALID", "AUTHCODE_EXPIRED", "AUTHCODE_USED",
            "AUTH_CODE_INVALID", "AUTH_CODE_ERROR", "AUTHCODEEXPIRE", "USER_AUTH_CODE_INVALID");
    static final Set<String> BUSY = Set.of("SYSTEMERROR", "SYSTEM_ERROR");
    static final List<String> CREDENTIAL_HINTS = List.of("签名", "商户", "权限", "sign", "merchant", "mch_id", "permission");

    private static final int MAX_QUOTED = 100;

    private QrcPrefrontErrors() {
    }

    static PayerIdException communication(String status, String message) {
        String quoted = "status " + quote(status) + ": " + quote(message);
        if (mentionsCredentials(message)) {
            return new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "the UnionPay acquirer refused the merchant's credentials (" + quoted + ")");
        }
        if (message != null && message.contains("繁忙")) {
            // "系统繁忙,请稍后再试": nothing wrong with the request, a retry later may succeed.
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "the UnionPay acquirer is busy (" + quoted + ")");
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "the UnionPay acquirer refused the request (" + quoted + ")");
    }

    static PayerIdException business(String errCode, String errMsg) {
        String code = errCode == null ? "" : errCode.trim().toUpperCase(Locale.ROOT);
        String quoted = "err_code " + quote(errCode) + ": " + quote(errMsg);
        if (CODE_REJECTED.contains(code)) {
            return new PayerIdException(ErrorCode.AUTH_CODE_INVALID, "UnionPay rejected the userAuthCode (" + quoted + ")");
        }
        if (BUSY.contains(code)) {
            return new PayerIdException(ErrorCode.UPSTREAM_UNAVAILABLE, "the UnionPay acquirer is busy (" + quoted + ")");
        }
        return new PayerIdException(ErrorCode.UPSTREAM_ERROR, "the UnionPay acquirer answered an error (" + quoted + ")");
    }

    private static boolean mentionsCredentials(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return CREDENTIAL_HINTS.stream().anyMatch(lower::contains);
    }

    /** Upstream text is untrusted: no control characters, bounded length. */
    private static String quote(String value) {
        if (value == null || value.isBlank()) {
            return "-";
        }
        String clean = value.replaceAll("\\p{Cntrl}", " ").strip();
        return clean.length() <= MAX_QUOTED ? clean : clean.substring(0, MAX_QUOTED) + "…";
    }
}
