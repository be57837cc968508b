package io.payerid.sandbox.wechatpay;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import io.payerid.sandbox.support.XmlDocuments;

/**
 * WeChat Pay v2's flat XML: a root {@code <xml>} whose child elements are the fields, values usually
 * wrapped in CDATA. Parsing refuses DOCTYPEs (no entity tricks) and repeated fields.
 */
final class PayXml {

    /** The body is not a flat {@code <xml>} document. */
    static final class MalformedXml extends Exception {
        MalformedXml(String message) {
            super(message, null, false, false);
        }
    }

    private PayXml() {
    }

    static Map<String, String> parse(byte[] body) throws MalformedXml {
        Map<String, String> plain = XmlDocuments.plainFields(body);
        if (plain != null) {
            plain.replaceAll((name, value) -> value.trim());
            return plain;
        }
        Element root;
        try {
            root = XmlDocuments.root(body);
        } catch (SAXException | IOException e) {
            throw new MalformedXml("not well-formed XML");
        }
        if (!"xml".equals(root.getNodeName())) {
            throw new MalformedXml("root element must be <xml>");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE
                    && fields.put(child.getNodeName(), child.getTextContent().trim()) != null) {
                throw new MalformedXml("field " + child.getNodeName() + " appears twice");
            }
        }
        return fields;
    }

    /** Every value in CDATA, as WeChat Pay writes them; null values are left out. */
    static String render(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder("<xml>\n");
        fields.forEach((name, value) -> {
            if (value != null) {
                xml.append('<').append(name).append("><![CDATA[").append(value.replace("]]>", "]]]]><![CDATA[>"))
                        .append("]]></").append(name).append(">\n");
            }
        });
        return xml.append("</xml>").toString();
    }
}
