package io.payerid.channels.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SecureDocumentBuildersTest {

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readWhenBuilderIsReusedAfterRefusedDoctypeThenStillRefusesAndParses() {
        byte[] doctype = bytes("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><a>&x;</a></xml>");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> FlatXml.read(doctype)).isInstanceOf(IllegalArgumentException.class);
            assertThat(FlatXml.read(bytes("<xml><a>" + i + "</a></xml>"))).containsEntry("a", String.valueOf(i));
            assertThatThrownBy(() -> FlatXml.read(bytes("<xml><a>"))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void readWhenManyThreadsParseAtOnceThenEachGetsItsOwnDocument() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> parses = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                String value = "v" + i;
                parses.add(() -> Map.of("k", value, "n", "x").equals(
                        FlatXml.read(bytes("<xml><k><![CDATA[" + value + "]]></k><n>x</n></xml>"))));
            }
            for (Future<Boolean> parse : pool.invokeAll(parses)) {
                assertThat(parse.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void readWhenDocumentIsManyTimesTheInputBufferThenEveryCharacterSurvivesTheRefills() {
        // Three-byte characters at every offset against the 512-byte buffer, in CDATA and in plain text.
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            longText.append(i % 7 == 0 ? "授" : "a").append(i % 11 == 0 ? "权码" : "");
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xml><long><![CDATA[" + longText + "]]></long>"
                + "<plain>" + longText + " &amp; 结束</plain><last>1</last></xml>";
        assertThat(xml.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(20 * SecureDocumentBuilders.INPUT_BUFFER_SIZE);

        assertThat(FlatXml.read(bytes(xml))).containsExactly(Map.entry("long", longText.toString()),
                Map.entry("plain", longText + " & 结束"), Map.entry("last", "1"));
    }
}
