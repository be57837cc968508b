package io.payerid.core.flow;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.regex.Pattern;

/**
 * What a one-time code in an upstream's callback may look like, checked before the code goes anywhere.
 * The callback URL is public (seed 001 starts flows without any signature), so its {@code code} is
 * attacker-controlled: a space, {@code %00}, CR/LF, {@code <}, {@code "} or {@code |} in it used to reach
 * WeChat's SDK, which pastes it unencoded into a URL that also carries the appSecret. The upstreams do not
 * publish their alphabets (docs/upstreams.md rates them M/L), so each shape is a configurable pattern with a
 * lenient default; lengths are capped either way.
 *
 * @param parameter the callback parameter, for the error message (the value itself is never echoed)
 */
public record UpstreamCodeShape(String parameter, Pattern pattern) {

    /** WeChat codes seen in the field are 32 characters of [A-Za-z0-9]; '-' and '_' are allowed for safety. */
    public static final String DEFAULT_WECHAT = "[A-Za-z0-9_-]{1,128}";
    /** Alipay auth_codes seen in the field are 32 characters of [A-Za-z0-9] (e.g. ca34ea49…4cD11). */
    public static final String DEFAULT_ALIPAY = "[A-Za-z0-9_-]{1,128}";

    public static UpstreamCodeShape of(String parameter, String regex) {
        return new UpstreamCodeShape(parameter, Pattern.compile(regex));
    }

    /**
     * @throws PayerIdException AUTH_CODE_INVALID when the value cannot be a code of this upstream
     */
    public String require(String code) {
        if (code.length() > 512 || !pattern.matcher(code).matches()) {
            throw new PayerIdException(ErrorCode.AUTH_CODE_INVALID,
                    "the upstream's " + parameter + " has a shape no genuine code has");
        }
        return code;
    }
}
