package io.payerid.channels.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;

/**
 * DOM parsers for upstream XML, configured once and reused.
 *
 * <p>Why a pool: {@code DocumentBuilderFactory.newInstance()} looks its implementation up through the service
 * loader on every call (a resource scan of every nested jar of the fat jar), and every new {@code DocumentBuilder}
 * assembles a fresh Xerces configuration of some forty components. Done per document, the two were the hottest
 * frames of the payment-code API. The factory here is the JDK's own ({@code newDefaultInstance}: no lookup),
 * configured once with DOCTYPE declarations refused outright, which rules out external entities (XXE) and
 * entity expansion bombs. Neither factories nor builders are thread-safe: the factory is used only under its
 * lock, a builder by one parse at a time, and {@code reset()} returns it to the factory's settings before it
 * goes back. A builder whose parse failed is dropped rather than trusted to reset cleanly.
 *
 * <p>Why the two size settings: Xerces reads through buffers of 8,192 bytes and 8,192 chars per document and
 * by default builds a "deferred" DOM of int arrays in chunks of 256 nodes, some 10 KB in all, for answers of a
 * few hundred bytes: with the defaults a parse allocated 13.5 KB, with a 512-byte input buffer and nodes built
 * as they are read 3.2 KB, and took two thirds of the time ({@code FlatXmlBenchmark}). That was 40 % of the
 * bytes the payment-code API allocated per lookup (gateway and sandbox). A longer document simply takes more
 * buffer refills.
 */
final class SecureDocumentBuilders {

    /** Bytes (and chars) Xerces reads a document through at a time; more than its minimum of 64. */
    static final int INPUT_BUFFER_SIZE = 512;

    private static final int IDLE_BUILDERS = 64;

    private final DocumentBuilderFactory factory;
    private final BlockingQueue<DocumentBuilder> idle = new ArrayBlockingQueue<>(IDLE_BUILDERS);
    private final ErrorHandler errorHandler;

    SecureDocumentBuilders(ErrorHandler errorHandler) {
        this.errorHandler = errorHandler;
        this.factory = secureFactory();
    }

    /**
     * @throws SAXException when the document is not well-formed or declares a DOCTYPE
     */
    Document parse(byte[] document) throws SAXException, IOException {
        DocumentBuilder builder = idle.poll();
        if (builder == null) {
            builder = newBuilder();
        }
        builder.setErrorHandler(errorHandler);
        Document parsed = builder.parse(new ByteArrayInputStream(document));
        builder.reset();
        idle.offer(builder);
        return parsed;
    }

    private DocumentBuilder newBuilder() {
        synchronized (factory) {
            try {
                return factory.newDocumentBuilder();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
            }
        }
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a required security feature", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        factory.setNamespaceAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser lacks a DOM setting", e);
        }
        factory.setAttribute("http://apache.org/xml/properties/input-buffer-size", INPUT_BUFFER_SIZE);
        return factory;
    }
}
