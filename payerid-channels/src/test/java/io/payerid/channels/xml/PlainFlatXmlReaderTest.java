package io.payerid.channels.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainFlatXmlReaderTest {

    private static Map<String, String> plain(String xml) {
        return PlainFlatXmlReader.tryRead(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void tryReadWhenWechatPayAnswersThenReadWithoutTheParser() {
        String success = "<xml><return_code><![CDATA[SUCCESS]]></return_code><return_msg><![CDATA[OK]]></return_msg>"
                + "<appid><![CDATA[wx2421b1c4370ec43b]]></appid><mch_id><![CDATA[10000100]]></mch_id>"
                + "<nonce_str><![CDATA[IITRi8Iabbblz1Jc]]></nonce_str><sign><![CDATA[7921E432F65EB8ED0CE9755F0E86D72F]]></sign>"
                + "<result_code><![CDATA[SUCCESS]]></result_code><openid><![CDATA[oUpF8uMuAJO_M2pxb1Q9zNjWeS6o]]></openid></xml>";
        assertThat(plain(success)).containsExactly(Map.entry("return_code", "SUCCESS"), Map.entry("return_msg", "OK"),
                Map.entry("appid", "wx2421b1c4370ec43b"), Map.entry("mch_id", "10000100"),
                Map.entry("nonce_str", "IITRi8Iabbblz1Jc"), Map.entry("sign", "7921E432F65EB8ED0CE9755F0E86D72F"),
                Map.entry("result_code", "SUCCESS"), Map.entry("openid", "oUpF8uMuAJO_M2pxb1Q9zNjWeS6o"));
        assertThat(plain("<xml>\n<return_code><![CDATA[FAIL]]></return_code>\n<return_msg><![CDATA[授权码已过期]]></return_msg>\n</xml>"))
                .containsExactly(Map.entry("return_code", "FAIL"), Map.entry("return_msg", "授权码已过期"));
    }

    @Test
    void tryReadWhenDeclarationTextEntitiesAndEmptyFieldsThenReadAsTheParserWould() {
        String xml = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\" standalone='yes'?>\n<xml>\n\t<status>0</status>"
                + "<err_msg>a &lt; b &amp;&amp; c &gt; d &quot;&apos;</err_msg><empty/><blank></blank></xml>\n";
        Map<String, String> expected = Map.of("status", "0", "err_msg", "a < b && c > d \"'", "empty", "", "blank", "");
        assertThat(plain(xml)).containsExactlyInAnyOrderEntriesOf(expected);
        assertThat(FlatXml.parsed(xml.getBytes(StandardCharsets.UTF_8))).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void tryReadWhenAnythingBeyondThePlainShapeThenDeclinedForTheParser() {
        String[] declined = {
            "<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><a>&x;</a></xml>",
            "<xml><a>&x;</a></xml>", "<xml><a>&#65;</a></xml>", "<xml><a>&amp</a></xml>",
            "<xml><!-- note --><a>1</a></xml>", "<xml><?pi x?><a>1</a></xml>", "<xml><a>1</a></xml><!-- c -->",
            "<xml><a>1\r\n2</a></xml>", "<xml>\r\n<a>1</a></xml>", "<xml><a x=\"1\">1</a></xml>", "<xml id='1'><a>1</a></xml>",
            "<xml><a><b>1</b></a></xml>", "<xml><a>1</a><a>2</a></xml>", "<xml>text<a>1</a></xml>",
            "<xml><a>1 ]]> 2</a></xml>", "<xml><a>1</a ></xml>", "<xml><a >1</a></xml>", "<xml><ns:a>1</ns:a></xml>",
            "<xml><a>1</b></xml>", "<xml><a>1</a>", "<xml><a>1</a></xml>junk", "<root><a>1</a></root>",
            "<?xml version=\"1.1\"?><xml><a>1</a></xml>", "<?xml version=\"1.0\" encoding=\"GBK\"?><xml><a>1</a></xml>",
            " <?xml version=\"1.0\"?><xml><a>1</a></xml>", "<?xml-stylesheet href=\"x\"?><xml><a>1</a></xml>",
            "<xml><a>\u0001</a></xml>", "<xml><a><![CDATA[\u0001]]></a></xml>", "<xml><a><![CDATA[open</a></xml>", "",
        };
        for (String xml : declined) {
            assertThat(plain(xml)).as(xml).isNull();
        }
        assertThat(PlainFlatXmlReader.tryRead(new byte[] {'<', 'x', 'm', 'l', '>', '<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>',
            '<', '/', 'x', 'm', 'l', '>'})).as("broken UTF-8").isNull();
    }

    @Test
    void tryReadWhenBeyondTheParsersOwnLimitsThenDeclinedSoTheParserRefuses() {
        // The JDK parser refuses names over 1,000 characters and (JDK 24+) over 100,000 entity references.
        for (String xml : List.of("<xml><" + "a".repeat(1_001) + "/></xml>", "<xml><" + "a".repeat(65) + ">1</" + "a".repeat(65) + "></xml>",
                "<xml><a>" + "&amp;".repeat(100_001) + "</a></xml>", "<xml><a>" + "&lt;".repeat(600) + "</a><b>" + "&gt;".repeat(401) + "</b></xml>")) {
            assertThat(plain(xml)).as(xml.substring(0, 40)).isNull();
        }
        assertThat(plain("<xml><" + "a".repeat(64) + ">" + "&amp;".repeat(1_000) + "</" + "a".repeat(64) + "></xml>"))
                .containsEntry("a".repeat(64), "&".repeat(1_000));
        assertThatThrownBy(() -> FlatXml.read(("<xml><" + "a".repeat(1_001) + "/></xml>").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * The property that makes the shortcut safe: on every generated document the plain reader either declines or
     * reads exactly what the parser reads (same fields, same order); a document the parser refuses is never
     * accepted. Documents start plain and are mutated with the pieces XML's edge cases are made of.
     */
    @Test
    void tryReadWhenGeneratedDocumentsThenNeverDisagreesWithTheParser() {
        String[] pieces = {"<xml>", "</xml>", "<a>", "</a>", "<b/>", "<![CDATA[", "]]>", "]]", "&amp;", "&lt;", "&gt;",
            "&#65;", "&x;", "&", "<", ">", "x", "授", "\uD83D\uDE00", " ", "\n", "\r", "\t", "<!-- c -->", "<?p?>",
            "<?xml version=\"1.0\"?>", "<!DOCTYPE xml>", "'", "\"", "=", "/", "\u0000", "\uFFFE", "a", ":"};
        String[] names = {"a", "b", "return_code", "sign", "x1", "_y", "a-b", "a.b"};
        Random random = new Random(20261207);
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder doc = new StringBuilder(random.nextBoolean() ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : "");
            doc.append("<xml>");
            for (int f = random.nextInt(5); f > 0; f--) {
                String name = names[random.nextInt(names.length)];
                doc.append(random.nextInt(8) == 0 ? "\n" : "").append('<').append(name).append('>');
                for (int v = random.nextInt(4); v > 0; v--) {
                    String piece = pieces[8 + random.nextInt(pieces.length - 8)];
                    doc.append(random.nextInt(3) == 0 ? "<![CDATA[" + piece + "]]>" : piece);
                }
                doc.append("</").append(name).append('>');
            }
            doc.append("</xml>");
            for (int m = random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(doc.length() + 1);
                switch (random.nextInt(3)) {
                    case 0 -> doc.insert(at, pieces[random.nextInt(pieces.length)]);
                    case 1 -> doc.delete(at, Math.min(doc.length(), at + 1 + random.nextInt(3)));
                    default -> doc.insert(at, doc.substring(at, Math.min(doc.length(), at + random.nextInt(8))));
                }
            }
            byte[] bytes = doc.toString().getBytes(StandardCharsets.UTF_8);
            Map<String, String> plain = PlainFlatXmlReader.tryRead(bytes);
            if (plain != null) {
                accepted++;
                Map<String, String> parsed = parsedOrNull(bytes);
                assertThat(parsed).as(doc.toString()).isNotNull();
                assertThat(new ArrayList<>(plain.entrySet())).as(doc.toString()).isEqualTo(new ArrayList<>(parsed.entrySet()));
            }
        }
        assertThat(accepted).as("documents the plain reader accepted").isGreaterThan(2_000);
    }

    private static Map<String, String> parsedOrNull(byte[] bytes) {
        try {
            return FlatXml.parsed(bytes);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void readWhenPlainOrParsedThenTheSameFieldsInTheSameOrder() {
        List<String> shapes = List.of("<xml><a>1</a><b><![CDATA[2]]></b></xml>", "<xml><a>1</a><!-- c --><b><![CDATA[2]]></b></xml>");
        for (String xml : shapes) {
            assertThat(new ArrayList<>(FlatXml.read(xml.getBytes(StandardCharsets.UTF_8)).entrySet()))
                    .isEqualTo(List.of(Map.entry("a", "1"), Map.entry("b", "2")));
        }
    }
}
