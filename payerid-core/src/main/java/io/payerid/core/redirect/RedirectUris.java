package io.payerid.core.redirect;

import java.util.Map;

/**
 * Appends query parameters to a redirect target the way merchants expect: {@code ?} or {@code &}
 * as the URI needs, values form-encoded, any fragment kept after the query (hash-routed SPAs).
 */
public final class RedirectUris {

    private RedirectUris() {
    }

    public static String appendQuery(String uri, Map<String, String> params) {
        int hash = uri.indexOf('#');
        String base = hash < 0 ? uri : uri.substring(0, hash);
        String fragment = hash < 0 ? "" : uri.substring(hash);
        StringBuilder sb = new StringBuilder(base.length() + 128).append(base);
        char separator = base.indexOf('?') < 0 ? '?' : (base.endsWith("?") || base.endsWith("&") ? 0 : '&');
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (separator != 0) {
                sb.append(separator);
            }
            PercentEncoding.FORM_SPACE_AS_PERCENT20.appendEncoded(sb, e.getKey()).append('=');
            PercentEncoding.FORM_SPACE_AS_PERCENT20.appendEncoded(sb, e.getValue());
            separator = '&';
        }
        return sb.append(fragment).toString();
    }

    public static String encode(String value) {
        return PercentEncoding.FORM_SPACE_AS_PERCENT20.encode(value);
    }
}
