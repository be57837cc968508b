package io.payerid.channels.xml;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.w3c.dom.Document;

/**
 * Reading one WeChat Pay v2 answer (authcodetoopenid's SUCCESS shape): {@code read} is {@link FlatXml#read} (the plain
 * reader, no parser); {@code parsed} is the JDK parser's reading it falls back to (a factory configured once, builders
 * reused after reset, a small input buffer, no deferred DOM); {@code factoryPerDocument} is what it did at first, a
 * factory looked up and a builder assembled for every document. JMH's threads are platform threads, on which the
 * parser's thread-local buffer pool is reused: on the gateway's virtual threads {@code parsed} allocates 16 KB
 * more. In the gateway's fat jar the factory lookup also scans every nested jar for a service entry, which this
 * shaded benchmark jar cannot show, so the real difference is larger. Run with
 * {@code -prof gc} for B/op, which other load on the machine does not change.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class FlatXmlBenchmark {

    private static final byte[] ANSWER = ("<xml><return_code><![CDATA[SUCCESS]]></return_code>"
            + "<return_msg><![CDATA[OK]]></return_msg><appid><![CDATA[wx2421b1c4370ec43b]]></appid>"
            + "<mch_id><![CDATA[10000100]]></mch_id><nonce_str><![CDATA[IITRi8Iabbblz1Jc]]></nonce_str>"
            + "<sign><![CDATA[7921E432F65EB8ED0CE9755F0E86D72F]]></sign><result_code><![CDATA[SUCCESS]]></result_code>"
            + "<openid><![CDATA[oUpF8uMuAJO_M2pxb1Q9zNjWeS6o]]></openid></xml>").getBytes(StandardCharsets.UTF_8);

    @Benchmark
    public Map<String, String> read() {
        return FlatXml.read(ANSWER);
    }

    @Benchmark
    public Map<String, String> parsed() {
        return FlatXml.parsed(ANSWER);
    }

    @Benchmark
    public Document factoryPerDocument() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(ANSWER));
    }
}
