package io.payerid.channels.xml;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The flat {@code <xml><name>value</name>…</xml>} documents of the 条码前置 gateway (the WeChat Pay v2
 * shape). Reading goes through the JDK's parser with DOCTYPE declarations refused outright, which rules
 * out external entities (XXE) and entity expansion bombs before any of them is looked at; the parsers are
 * configured once and reused ({@link SecureDocumentBuilders}). The plain shape the upstreams actually send is
 * read without a parser first ({@link PlainFlatXmlReader}, which declines anything else): on virtual threads the
 * parser allocates more than 16 KB per document whatever it is told.
 */
public final class FlatXml {

    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // Warnings do not make a document unusable; the default handler would print them to stderr.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private static final SecureDocumentBuilders BUILDERS = new SecureDocumentBuilders(FAIL_FAST);

    private FlatXml() {
    }

    /** Values go in CDATA sections, as the gateway's own documents do; a "]]>" inside is split safely. */
    public static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder(512).append("<xml>");
        fields.forEach((name, value) -> {
            if (!FIELD_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not an XML field name: " + name);
            }
            if (value != null) {
                xml.append('<').append(name).append("><![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></").append(name).append('>');
            }
        });
        return xml.append("</xml>").toString();
    }

    /**
     * The fields of a document, in document order; unknown fields are kept (they are signed too).
     *
     * @throws IllegalArgumentException when it is not well-formed, declares a DOCTYPE, has another root,
     *                                  repeats a field or nests elements
     */
    public static Map<String, String> read(byte[] document) {
        Map<String, String> plain = PlainFlatXmlReader.tryRead(document);
        return plain != null ? plain : parsed(document);
    }

    /** The parser's reading: every document the plain reader declined, including every malformed one. */
    static Map<String, String> parsed(byte[] document) {
        Element root = parse(document).getDocumentElement();
        if (!"xml".equals(root.getTagName())) {
            throw new IllegalArgumentException("root element is <" + root.getTagName() + ">, expected <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element field) {
                if (hasElementChildren(field)) {
                    throw new IllegalArgumentException("field <" + field.getTagName() + "> is not flat");
                }
                if (fields.putIfAbsent(field.getTagName(), field.getTextContent()) != null) {
                    throw new IllegalArgumentException("field <" + field.getTagName() + "> is repeated");
                }
            }
        }
        return fields;
    }

    private static Document parse(byte[] document) {
        try {
            return BUILDERS.parse(document);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException("not a well-formed document: " + e.getMessage(), e);
        }
    }

    private static boolean hasElementChildren(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }
}
