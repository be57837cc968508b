package io.payerid.sdk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gateway's JSON APIs exchange flat objects of string and number values only, so a JSON library
 * would be a dependency for a few dozen lines. Numbers keep their literal text because that text is
 * what was signed ({@code "expiresIn":600} signs as {@code expiresIn=600}); {@code null} means absent.
 * Nested objects, arrays, booleans and duplicate names are refused: none is in the contract, and a
 * duplicate name would let two readers disagree about a signed value.
 */
final class FlatJson {

    private static final String STRING = "\"((?:[^\"\\\\\\x00-\\x1f]++|\\\\[\"\\\\/bfnrt]|\\\\u[0-9a-fA-F]{4})*+)\"";
    private static final Pattern MEMBER = Pattern.compile("\\s*" + STRING + "\\s*:\\s*(?:" + STRING
            + "|(-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)|(null))\\s*([,}])");
    private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9a-fA-F]{4}|.)");

    private FlatJson() {
    }

    /** Reads one flat object; throws {@link IllegalArgumentException} on anything else. */
    static Map<String, String> read(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        String body = json.strip();
        if (!body.startsWith("{") || !body.endsWith("}")) {
            throw new IllegalArgumentException("not a JSON object");
        }
        if (body.substring(1, body.length() - 1).isBlank()) {
            return out;
        }
        Matcher m = MEMBER.matcher(body).region(1, body.length());
        int at = 1;
        while (m.find() && m.start() == at) {
            String name = unescape(m.group(1));
            if (out.containsKey(name)) {
                throw new IllegalArgumentException("duplicate name " + name);
            }
            out.put(name, m.group(2) != null ? unescape(m.group(2)) : m.group(3));
            at = m.end();
            if (m.group(5).equals("}")) {
                if (at != body.length()) {
                    break;
                }
                out.values().removeIf(v -> v == null);
                return out;
            }
        }
        throw new IllegalArgumentException("not a flat object of string/number values, at offset " + at);
    }

    /** Writes a flat object of string values, escaping quotes, backslashes and every control character. */
    static String write(Map<String, String> fields) {
        StringBuilder sb = new StringBuilder("{");
        fields.forEach((k, v) -> {
            if (v != null) {
                quote(quote(sb.append(sb.length() > 1 ? "," : ""), k).append(':'), v);
            }
        });
        return sb.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder sb, String v) {
        sb.append('"');
        for (char c : v.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append(c < 0x20 || c == 0x2028 || c == 0x2029 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return sb.append('"');
    }

    private static String unescape(String raw) {
        return raw.indexOf('\\') < 0 ? raw : ESCAPE.matcher(raw).replaceAll(e -> Matcher.quoteReplacement(switch (e.group(1)) {
            case "b" -> "\b";
            case "f" -> "\f";
            case "n" -> "\n";
            case "r" -> "\r";
            case "t" -> "\t";
            default -> e.group(1).length() == 5 ? String.valueOf((char) Integer.parseInt(e.group(1).substring(1), 16)) : e.group(1);
        }));
    }
}
