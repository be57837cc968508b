package io.payerid.core.signing;

import java.util.Map;
import java.util.TreeMap;

/**
 * The canonical {@code k=v&k=v} string shared by WeChat Pay v2, Alipay and most acquirer APIs:
 * names sorted by ASCII, empty values and excluded names (normally {@code sign}) skipped,
 * raw values (never URL-encoded).
 */
public final class CanonicalString {

    private CanonicalString() {
    }

    public static String of(Map<String, String> params, String... excludedNames) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (e.getKey() == null || e.getValue() == null || e.getValue().isEmpty() || isExcluded(e.getKey(), excludedNames)) {
                continue;
            }
            sorted.put(e.getKey(), e.getValue());
        }
        StringBuilder sb = new StringBuilder(256);
        sorted.forEach((k, v) -> {
            if (!sb.isEmpty()) {
                sb.append('&');
            }
            sb.append(k).append('=').append(v);
        });
        return sb.toString();
    }

    private static boolean isExcluded(String name, String[] excludedNames) {
        for (String excluded : excludedNames) {
            if (excluded.equals(name)) {
                return true;
            }
        }
        return false;
    }
}
