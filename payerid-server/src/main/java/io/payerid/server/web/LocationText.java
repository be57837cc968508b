package io.payerid.server.web;

/**
 * Whether a redirect target can go into a {@code Location} header unchanged: only the characters RFC 3986
 * allows in a URI (unreserved, reserved but brackets, {@code %}), at most one {@code #}, and each {@code %}
 * followed by two hex digits. For such text {@code URI.create(s).toASCIIString()} is {@code s} itself; no
 * control character, space, quote, angle bracket or non-ASCII character passes, so nothing can split or
 * smuggle a header.
 */
final class LocationText {

    private static final boolean[] LEGAL = new boolean[128];

    static {
        // Brackets (legal only around an IPv6 host) are left to the URI parser, as is a second '#'.
        String legal = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'()*+,;=%";
        for (char c : legal.toCharArray()) {
            LEGAL[c] = true;
        }
    }

    private LocationText() {
    }

    static boolean isPlainUri(String text) {
        int length = text.length();
        if (length == 0) {
            return false;
        }
        boolean fragment = false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !LEGAL[c] || (c == '#' && fragment)) {
                return false;
            }
            fragment |= c == '#';
            if (c == '%' && (i + 2 >= length || !isHex(text.charAt(i + 1)) || !isHex(text.charAt(i + 2)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
