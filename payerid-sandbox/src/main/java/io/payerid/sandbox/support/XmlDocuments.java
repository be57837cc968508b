package io.payerid.sandbox.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The sandbox's parser for the upstreams' XML bodies (WeChat Pay v2, the UnionPay gateway): DOCTYPE refused
 * (no XXE, no entity bombs), errors fatal. The factory is the JDK's own, configured once, and builders are
 * reused after {@code reset()}: a factory looked up per document ({@code newInstance()} scans every nested jar
 * for a service entry) and a builder built per document cost more than the simulated upstream itself under
 * load. A builder serves one parse at a time; one whose parse failed is dropped. Kept apart from the gateway's
 * own parser on purpose: a bug shared by both sides would go unnoticed. Xerces' defaults (8 KB read buffers and
 * a deferred DOM built in chunks of 256 nodes) allocate some 10 KB more per document than a small body needs:
 * a 512-byte input buffer and nodes built as they are read allocate a quarter as much. And on virtual threads
 * the parser takes a fresh 16 KB char buffer for every document (its pool is thread-local), so the plain shape
 * clients send, {@code <xml><name><![CDATA[value]]></name>…</xml>}, is matched by {@link #plainFields} first.
 */
public final class XmlDocuments {

    private static final DocumentBuilderFactory FACTORY = secureFactory();
    private static final BlockingQueue<DocumentBuilder> IDLE = new ArrayBlockingQueue<>(64);
    private static final DefaultHandler ERRORS_ARE_FATAL = new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** An optional UTF-8 declaration, whitespace and the root's start tag. */
    private static final Pattern PLAIN_START =
            Pattern.compile("(?:<\\?xml version=\"1\\.0\" encoding=\"(?i:utf-8)\"\\?>)?[ \\t\\n]*<xml>");
    /**
     * One field: a CDATA section without any ']' or a text without '<', '&' or ']', and neither with a carriage
     * return (XML would normalise it) or a control character. Anything else is left to the parser.
     */
    private static final Pattern PLAIN_FIELD = Pattern.compile("\\G[ \\t\\n]*<([A-Za-z_][A-Za-z0-9_]{0,63})>"
            + "(?:<!\\[CDATA\\[([^\\]\\x00-\\x08\\x0B-\\x1F\\uFFFD-\\uFFFF]*)]]>|([^<&\\]\\x00-\\x08\\x0B-\\x1F\\uFFFD-\\uFFFF]*))</\\1>");
    private static final Pattern PLAIN_END = Pattern.compile("\\G[ \\t\\n]*</xml>[ \\t\\n]*");

    private XmlDocuments() {
    }

    /**
     * The fields of a document of the plain shape, in order, or {@code null} for any other document (a repeated
     * field, a DOCTYPE, a comment, an entity, malformed UTF-8, …), which the caller then parses with {@link #root}.
     */
    public static Map<String, String> plainFields(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        Matcher start = PLAIN_START.matcher(text);
        if (!start.lookingAt()) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher field = PLAIN_FIELD.matcher(text).region(start.end(), text.length());
        int end = start.end();
        while (field.lookingAt()) {
            String value = field.group(2) != null ? field.group(2) : field.group(3);
            if (fields.putIfAbsent(field.group(1), value) != null) {
                return null;
            }
            end = field.end();
            field.region(end, text.length());
        }
        return PLAIN_END.matcher(text).region(end, text.length()).matches() ? fields : null;
    }

    /** The document's root element. */
    public static Element root(byte[] body) throws SAXException, IOException {
        DocumentBuilder builder = IDLE.poll();
        if (builder == null) {
            builder = newBuilder();
        }
        builder.setErrorHandler(ERRORS_ARE_FATAL);
        Element root = builder.parse(new ByteArrayInputStream(body)).getDocumentElement();
        builder.reset();
        IDLE.offer(builder);
        return root;
    }

    private static DocumentBuilder newBuilder() {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setAttribute("http://apache.org/xml/properties/input-buffer-size", 512);
        return factory;
    }
}
