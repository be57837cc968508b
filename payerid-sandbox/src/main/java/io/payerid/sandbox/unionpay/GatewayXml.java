package io.payerid.sandbox.unionpay;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import io.payerid.sandbox.support.XmlDocuments;

/**
 * The gateway's flat {@code <xml>} documents, read with DOCTYPE refused (no XXE, no entity bombs) and
 * written with CDATA values (parsed by {@link XmlDocuments}). The sandbox keeps its own copy rather than sharing the gateway's: a bug
 * shared by both sides would go unnoticed.
 */
final class GatewayXml {

    private GatewayXml() {
    }

    /** @throws IllegalArgumentException when the body is not a flat {@code <xml>} document without DOCTYPE */
    static Map<String, String> read(byte[] body) {
        Map<String, String> plain = XmlDocuments.plainFields(body);
        if (plain != null) {
            return plain;
        }
        Element root;
        try {
            root = XmlDocuments.root(body);
        } catch (SAXException | IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        if (!"xml".equals(root.getTagName())) {
            throw new IllegalArgumentException("root element must be <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element field && fields.putIfAbsent(field.getTagName(), field.getTextContent()) != null) {
                throw new IllegalArgumentException("repeated field " + field.getTagName());
            }
        }
        return fields;
    }

    static String write(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>");
        fields.forEach((name, value) -> xml.append('<').append(name).append("><![CDATA[")
                .append(value.replace("]]>", "]]]]><![CDATA[>")).append("]]></").append(name).append('>'));
        return xml.append("</xml>").toString();
    }
}
