package io.payerid.channels.xml;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the one shape WeChat Pay v2 and the 条码前置 gateway answer with, {@code <xml><name>value</name>…</xml>},
 * without an XML parser, and declines ({@code null}) everything else, which {@link FlatXml} then hands to the JDK's
 * parser. It never decides a document is bad: errors, and every XML rule it does not implement, stay the parser's.
 *
 * <p>Why: on virtual threads the JDK parser (Xerces) allocates a fresh 8,192-char buffer for every document (its
 * buffer pool is thread-local, and every request is a new thread), more than 16 KB per answer of a few hundred
 * bytes: a fifth of all the bytes the payment-code API allocated, however the parser is configured. This reader
 * allocates the map and its strings.
 *
 * <p>What it accepts is a strict subset of XML 1.0 on which both readings agree (a test compares them on
 * generated documents): UTF-8 (an optional BOM; a declaration of version 1.0 naming UTF-8, or no encoding);
 * then whitespace, {@code <xml>}, fields, {@code </xml>} and whitespace. A field is {@code <name>}, text and CDATA
 * sections, {@code </name>}, or {@code <name/>}, with an ASCII name, no attributes and no spaces inside its tags.
 * Text may hold the five predefined entities; no other reference, no carriage return (XML would normalise it),
 * no control character, no {@code ]]>} outside CDATA. Between fields only whitespace. Names of at most 64
 * characters and at most 1,000 entity references, far below the parser's own limits. A repeated field, a DOCTYPE,
 * a comment, a processing instruction or anything nested is declined, and the parser's rules decide.
 */
final class PlainFlatXmlReader {

    private static final Pattern DECLARATION = Pattern.compile(
            "<\\?xml[ \\t\\n]+version[ \\t\\n]*=[ \\t\\n]*([\"'])1\\.0\\1"
            + "([ \\t\\n]+encoding[ \\t\\n]*=[ \\t\\n]*([\"'])(?i:utf-8)\\3)?"
            + "([ \\t\\n]+standalone[ \\t\\n]*=[ \\t\\n]*([\"'])(yes|no)\\5)?[ \\t\\n]*\\?>");
    private static final int MAX_DECLARATION = 128;
    /**
     * Well below the JDK parser's own limits, which it enforces and this reader would not: names of at most
     * 1,000 characters ({@code jdk.xml.maxXMLNameLimit}) and, since JDK 24, 100,000 entity references per
     * document ({@code jdk.xml.maxGeneralEntitySizeLimit}); both are system properties an operator may lower.
     * Beyond these, the parser decides.
     */
    private static final int MAX_NAME = 64;
    private static final int MAX_ENTITY_REFERENCES = 1_000;

    private final String text;
    private int at;
    private int entityReferences;

    private PlainFlatXmlReader(String text) {
        this.text = text;
    }

    /** The document's fields in document order, or {@code null} when it is not of the plain shape. */
    static Map<String, String> tryRead(byte[] document) {
        String text = decode(document);
        return text == null ? null : new PlainFlatXmlReader(text).document();
    }

    /**
     * The JDK's UTF-8 decoding, which replaces malformed input with U+FFFD: a document holding one, malformed or
     * genuine, is declined and the parser decides.
     */
    private static String decode(byte[] document) {
        int start = document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB
                && (document[2] & 0xFF) == 0xBF ? 3 : 0;
        String text = new String(document, start, document.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : null;
    }

    private Map<String, String> document() {
        if (text.startsWith("<?xml") && !declaration()) {
            return null;
        }
        skipWhitespace();
        if (!text.startsWith("<xml>", at)) {
            return null;
        }
        at += 5;
        Map<String, String> fields = new LinkedHashMap<>();
        while (true) {
            skipWhitespace();
            if (text.startsWith("</xml>", at)) {
                at += 6;
                skipWhitespace();
                return at == text.length() ? fields : null;
            }
            if (!field(fields)) {
                return null;
            }
        }
    }

    private boolean declaration() {
        int end = text.indexOf("?>");
        if (end < 0 || end > MAX_DECLARATION || !DECLARATION.matcher(text).region(0, end + 2).matches()) {
            return false;
        }
        at = end + 2;
        return true;
    }

    /** One {@code <name>value</name>} or {@code <name/>} at {@code at}; false to decline. */
    private boolean field(Map<String, String> fields) {
        if (at >= text.length() || text.charAt(at) != '<') {
            return false;
        }
        int nameStart = ++at;
        if (at >= text.length() || !isNameStart(text.charAt(at))) {
            return false;
        }
        while (at < text.length() && isNamePart(text.charAt(at))) {
            at++;
        }
        if (at - nameStart > MAX_NAME) {
            return false;
        }
        String name = text.substring(nameStart, at);
        String value;
        if (text.startsWith("/>", at)) {
            at += 2;
            value = "";
        } else if (text.startsWith(">", at)) {
            at++;
            value = content();
            if (value == null || !text.startsWith("</", at) || !text.startsWith(name, at + 2)
                    || !text.startsWith(">", at + 2 + name.length())) {
                return false;
            }
            at += 3 + name.length();
        } else {
            return false;
        }
        return fields.putIfAbsent(name, value) == null;
    }

    /** Text and CDATA up to the next {@code <} that starts neither; {@code null} to decline. */
    private String content() {
        StringBuilder value = null;
        int runStart = at;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '<') {
                if (!text.startsWith("<![CDATA[", at)) {
                    return value == null ? text.substring(runStart, at) : value.append(text, runStart, at).toString();
                }
                int end = text.indexOf("]]>", at + 9);
                if (end < 0 || !plainCharacters(at + 9, end)) {
                    return null;
                }
                if (value == null && runStart == at && text.startsWith("</", end + 3)) {
                    at = end + 3; // the usual value: one CDATA section and nothing else
                    return text.substring(runStart + 9, end);
                }
                value = (value == null ? new StringBuilder() : value).append(text, runStart, at).append(text, at + 9, end);
                at = end + 3;
                runStart = at;
            } else if (c == '&') {
                int entityStart = at;
                String replacement = predefinedEntity();
                if (replacement == null) {
                    return null;
                }
                value = (value == null ? new StringBuilder() : value).append(text, runStart, entityStart).append(replacement);
                runStart = at;
            } else if (!isPlainCharacter(c) || c == '>' && text.startsWith("]]>", at - 2)) {
                return null;
            } else {
                at++;
            }
        }
        return null;
    }

    /** The replacement of {@code &lt;} and its four siblings at {@code at}, stepping past it; else {@code null}. */
    private String predefinedEntity() {
        if (++entityReferences > MAX_ENTITY_REFERENCES) {
            return null;
        }
        for (String[] entity : PREDEFINED) {
            if (text.startsWith(entity[0], at)) {
                at += entity[0].length();
                return entity[1];
            }
        }
        return null;
    }

    private static final String[][] PREDEFINED = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"},
    };

    private boolean plainCharacters(int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isPlainCharacter(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * XML 1.0's characters without carriage return (which a parser turns into a line feed) and without the
     * non-characters U+FFFE/U+FFFF; surrogates are whole pairs already (the decoder refused broken ones).
     */
    private static boolean isPlainCharacter(char c) {
        return c >= 0x20 ? c < 0xFFFE : c == '\t' || c == '\n';
    }

    private void skipWhitespace() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t' || text.charAt(at) == '\n')) {
            at++;
        }
    }

    private static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9' || c == '-' || c == '.';
    }
}
