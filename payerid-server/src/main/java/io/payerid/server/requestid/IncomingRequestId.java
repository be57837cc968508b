package io.payerid.server.requestid;

/**
 * Whether a caller's {@code X-Request-Id} may be adopted: a proxy or a merchant that already tags its
 * requests gets its own id back and in our logs. Anything else (too long, a CR/LF or quote that would forge
 * a log line or a JSON field, non-ASCII) is ignored and the gateway makes its own id.
 */
final class IncomingRequestId {

    static final int MAX_LENGTH = 64;

    private IncomingRequestId() {
    }

    static boolean acceptable(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!safe(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Letters, digits and {@code - _ . :}: what UUIDs, trace ids and nginx's $request_id are made of. */
    private static boolean safe(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == ':';
    }
}
