package io.payerid.core.unionpay;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.regex.Pattern;

/**
 * The temporary code UnionPay's userAuth step appends to the callback ({@code userAuthCode}). It looks
 * like Base64 ({@code uskMsSXHS1KBLHZ90+iDzA==}) or a GUID. A {@code +} the upstream (or a merchant
 * page) failed to percent-encode reaches us as a space after the servlet's form decoding; Base64 never
 * contains spaces, so every space is turned back into the {@code +} it was.
 */
public final class UserAuthCode {

    /** Acquirers accept at most 128 characters (汇付's user_auth_code). */
    public static final int MAX_LENGTH = 128;

    // Printable ASCII without space: lenient on the alphabet (the acquirer judges validity), strict on
    // anything that could not have come from UnionPay.
    private static final Pattern SHAPE = Pattern.compile("[\\x21-\\x7E]{1," + MAX_LENGTH + "}");

    private UserAuthCode() {
    }

    /**
     * @throws PayerIdException INVALID_REQUEST when absent, AUTH_CODE_INVALID when it cannot be a UnionPay code
     */
    public static String normalize(String received) {
        if (received == null || received.isBlank()) {
            throw PayerIdException.invalid("userAuthCode is required");
        }
        String restored = received.replace(' ', '+');
        if (!SHAPE.matcher(restored).matches()) {
            throw new PayerIdException(ErrorCode.AUTH_CODE_INVALID,
                    "userAuthCode must be 1-" + MAX_LENGTH + " printable ASCII characters");
        }
        return restored;
    }
}
