package io.payerid.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlatJsonTest {

    @Test
    void readsStringsAndKeepsNumbersAsTheirSignedText() {
        Map<String, String> m = FlatJson.read(" {\"code\" : \"SUCCESS\", \"expiresIn\":600,\"ratio\":-1.5e3,\"gone\":null,\"empty\":\"\"} ");
        assertThat(m).containsExactly(Map.entry("code", "SUCCESS"), Map.entry("expiresIn", "600"),
                Map.entry("ratio", "-1.5e3"), Map.entry("empty", ""));
        assertThat(FlatJson.read("{}")).isEmpty();
        assertThat(FlatJson.read("{ }")).isEmpty();
    }

    @Test
    void unescapesEverythingJsonAllows() {
        assertThat(FlatJson.read("{\"m\":\"a\\\"b\\\\c\\/d\\n\\t\\r\\b\\f\\u4f60\\u597D \uD83D\uDE00\"}").get("m"))
                .isEqualTo("a\"b\\c/d\n\t\r\b\f你好 😀");
        assertThat(FlatJson.read("{\"\\u0061pp\":\"x\"}")).containsEntry("app", "x");
    }

    @Test
    void writesWhatItReads() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("q", "say \"hi\"\\ \n\t\u0001 你好 😀 \u2028");
        m.put("n", "600");
        m.put("skipped", null);
        String json = FlatJson.write(m);
        assertThat(json).isEqualTo("{\"q\":\"say \\\"hi\\\"\\\\ \\n\\t\\u0001 你好 😀 \\u2028\",\"n\":\"600\"}");
        m.remove("skipped");
        assertThat(FlatJson.read(json)).isEqualTo(m);
        assertThat(FlatJson.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void longValuesDoNotExhaustTheStack() {
        String big = "x".repeat(200_000);
        assertThat(FlatJson.read("{\"u\":\"" + big + "\"}").get("u")).hasSize(200_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"a\":{\"b\":\"c\"}}", "{\"a\":[1]}", "{\"a\":true}", "{\"a\":\"1\",\"a\":\"2\"}",
            "{\"a\":01}", "{\"a\":1.}", "{\"a\":\"\\x\"}", "{\"a\":\"\\u12\"}", "{\"a\":\"1\"", "{\"a\":\"1\"} x",
            "{\"a\":\"1\",}", "{\"a\" \"1\"}", "{\"a\":\"tab\there\"}", "not json", "{a:\"1\"}"})
    void refusesAnythingButAFlatObject(String json) {
        assertThatThrownBy(() -> FlatJson.read(json)).isInstanceOf(IllegalArgumentException.class);
    }
}
