package io.payerid.sandbox.alipay;

/**
 * Cuts a response node's text out of a raw gateway body the way §E.4 of the protocol reference says
 * clients must — written here independently of the sandbox and of the SDK: after {@code "<node>":},
 * from the first '{' to its matching '}', counting braces outside string literals and honouring
 * backslash escapes.
 */
final class SignedNodeText {

    private SignedNodeText() {
    }

    static String of(String body, String node) {
        int start = body.indexOf("\"" + node + "\"");
        if (start < 0) {
            throw new AssertionError("no " + node + " in " + body);
        }
        int open = body.indexOf('{', start + node.length() + 2);
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return body.substring(open, i + 1);
            }
        }
        throw new AssertionError("unterminated " + node + " in " + body);
    }

    /** The top-level sign, which the sandbox places after the node. */
    static String sign(String body) {
        int at = body.lastIndexOf("\"sign\":\"");
        return body.substring(at + 8, body.indexOf('"', at + 8));
    }
}
