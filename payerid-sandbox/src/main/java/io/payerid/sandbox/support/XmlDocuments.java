package io.payerid.sandbox.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

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
 * a 512-byte input buffer and nodes built as they are read allocate a quarter as much.
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

    private XmlDocuments() {
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
