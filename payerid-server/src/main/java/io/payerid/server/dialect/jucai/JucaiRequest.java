package io.payerid.server.dialect.jucai;

import io.payerid.core.error.PayerIdException;
import io.payerid.server.web.RequestParameters;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A checked {@code auth2OpenId} request (seed 000's request entity). {@code appId}, {@code mchNo} and
 * {@code sign} were already used to authenticate it; {@code clientIp} is checked but not used (no upstream
 * of an identity lookup takes it).
 */
record JucaiRequest(String termId, String mchNo, String mchOrderNo, JucaiWayCode wayCode, String authCode,
                    String clientIp, String subAppid) {

    static final String VERSION = "1.0";

    private static final Pattern MCH_ORDER_NO = Pattern.compile("[A-Za-z0-9_]{5,30}");
    private static final Pattern TERM_ID = Pattern.compile("[\\x21-\\x7E]{1,32}");
    private static final Pattern CLIENT_IP = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    static JucaiRequest from(Map<String, String> params) {
        checkVersion(params.get("version"));
        return new JucaiRequest(
                matching(params, "termId", TERM_ID, "1-32 printable characters (88888888 without a real terminal)"),
                RequestParameters.required(params, "mchNo"),
                matching(params, "mchOrderNo", MCH_ORDER_NO, "5-30 characters of [A-Za-z0-9_]"),
                JucaiWayCode.parse(RequestParameters.required(params, "wayCode")),
                RequestParameters.required(params, "authCode"),
                matching(params, "clientIp", CLIENT_IP, "an IPv4 or IPv6 address"),
                params.getOrDefault("subAppid", ""));
    }

    /** The seed's only version; absent means it. */
    private static void checkVersion(String version) {
        if (version != null && !version.isEmpty() && !VERSION.equals(version)) {
            throw PayerIdException.invalid("version must be " + VERSION);
        }
    }

    private static String matching(Map<String, String> params, String name, Pattern pattern, String expected) {
        String value = RequestParameters.required(params, name);
        if (!pattern.matcher(value).matches()) {
            throw PayerIdException.invalid(name + " must be " + expected);
        }
        return value;
    }
}
