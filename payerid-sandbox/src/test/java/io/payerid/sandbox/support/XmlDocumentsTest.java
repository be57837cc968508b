package io.payerid.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class XmlDocumentsTest {

    private static Map<String, String> plain(String xml) {
        return XmlDocuments.plainFields(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainFieldsWhenClientsUsualDocumentThenReadWithoutTheParser() {
        assertThat(plain("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml>\n  <appid><![CDATA[wx2421b1c4370ec43b]]></appid>\n"
                + "  <auth_code>134567890123456789</auth_code>\n  <body><![CDATA[a<b & c]]></body><empty></empty>\n</xml>"))
                .containsExactly(Map.entry("appid", "wx2421b1c4370ec43b"), Map.entry("auth_code", "134567890123456789"),
                        Map.entry("body", "a<b & c"), Map.entry("empty", ""));
    }

    @Test
    void plainFieldsWhenAnythingElseThenLeftToTheParser() {
        for (String xml : List.of("<!DOCTYPE xml><xml><a>1</a></xml>", "<xml><a>&amp;</a></xml>", "<xml><a>1</a><a>2</a></xml>",
                "<xml><!-- c --><a>1</a></xml>", "<xml><a>1\r</a></xml>", "<xml><a x='1'>1</a></xml>", "<xml><a><b/></a></xml>",
                "<xml><a><![CDATA[x]]]></a></xml>", "<xml><a>1</a></xml>x", "<root><a>1</a></root>", "<xml><a>1</b></xml>",
                "\uFEFF<xml><a>1</a></xml>", "<?xml version=\"1.0\" encoding=\"GBK\"?><xml></xml>")) {
            assertThat(plain(xml)).as(xml).isNull();
        }
        assertThat(XmlDocuments.plainFields(new byte[] {'<', 'x', 'm', 'l', '>', '<', 'a', '>', (byte) 0xFF, '<', '/', 'a', '>',
            '<', '/', 'x', 'm', 'l', '>'})).as("malformed UTF-8").isNull();
    }

    /** Whenever the pattern accepts a generated document, the parser reads the same fields in the same order. */
    @Test
    void plainFieldsWhenGeneratedDocumentsThenNeverDisagreesWithTheParser() throws Exception {
        String[] pieces = {"<![CDATA[", "]]>", "]", "&amp;", "&", "<", ">", "v", "码", " ", "\n", "\r", "\t", "<b/>", "<!--c-->",
            "</a>", "<a>", "\u0001", "'"};
        Random random = new Random(7);
        int accepted = 0;
        for (int n = 0; n < 10_000; n++) {
            StringBuilder doc = new StringBuilder(n % 2 == 0 ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" : "").append("<xml>");
            for (int f = random.nextInt(4); f > 0; f--) {
                String name = "f" + random.nextInt(3);
                doc.append(" <").append(name).append('>');
                for (int v = random.nextInt(3); v > 0; v--) {
                    String piece = pieces[random.nextInt(pieces.length)];
                    doc.append(random.nextBoolean() ? "<![CDATA[" + piece + "]]>" : piece);
                }
                doc.append("</").append(name).append('>');
            }
            byte[] body = doc.append("</xml>\n").toString().getBytes(StandardCharsets.UTF_8);
            Map<String, String> plain = XmlDocuments.plainFields(body);
            if (plain != null) {
                accepted++;
                Element root = XmlDocuments.root(body);
                Map<String, String> parsed = new LinkedHashMap<>();
                for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                    if (child instanceof Element field) {
                        parsed.put(field.getTagName(), field.getTextContent());
                    }
                }
                assertThat(root.getTagName()).isEqualTo("xml");
                assertThat(new ArrayList<>(plain.entrySet())).as(doc.toString()).isEqualTo(new ArrayList<>(parsed.entrySet()));
            }
        }
        assertThat(accepted).isGreaterThan(1_000);
    }
}
