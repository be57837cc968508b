package io.payerid.core.store;

/**
 * The space a key belongs to: the text before its first {@code ':'} ({@code "oauth-code:WECHAT_OA:…"} is
 * in {@code oauth-code}), or {@code "default"} for a key without one. Each space has its own bound, so a
 * flood of one kind of state (flow records, tickets) can never crowd out another (redeemed codes, tokens).
 * Callers keep their prefixes constant: the space name must never carry request data.
 */
public final class KeySpace {

    public static final String DEFAULT = "default";

    private KeySpace() {
    }

    public static String of(String key) {
        int colon = key.indexOf(':');
        return colon <= 0 ? DEFAULT : key.substring(0, colon);
    }
}
