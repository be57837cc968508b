package io.payerid.channels.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FlatXmlTest {

    private static Map<String, String> read(String xml) {
        return FlatXml.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesCdataFieldsInOrderAndReadsThemBack() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("service", "pay.unionpay.userid");
        fields.put("user_auth_code", "uskMsSXHS1KBLHZ90+iDzA==");
        fields.put("err_msg", "授权码<已>使用 & ]]> 结束");
        fields.put("skipped", null);

        String xml = FlatXml.write(fields);

        assertThat(xml).startsWith("<xml><service><![CDATA[pay.unionpay.userid]]></service><user_auth_code><![CDATA[")
                .doesNotContain("skipped");
        fields.remove("skipped");
        assertThat(read(xml)).containsExactlyEntriesOf(fields);
    }

    @Test
    void readsPlainTextDeclarationsWhitespaceAndUnknownFields() {
        Map<String, String> fields = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <xml>
                  <status>0</status>
                  <message><![CDATA[OK]]></message>
                  <brand_new_field>x &amp; y</brand_new_field>
                  <empty/>
                </xml>
                """);
        assertThat(fields).containsExactly(Map.entry("status", "0"), Map.entry("message", "OK"),
                Map.entry("brand_new_field", "x & y"), Map.entry("empty", ""));
    }

    @Test
    void refusesAnyDoctypeSoExternalEntitiesAreNeverResolved() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xml [<!ENTITY leak SYSTEM "file:///etc/passwd">]>
                <xml><user_id>&leak;</user_id></xml>""";
        String bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <xml><user_id>&b;</user_id></xml>""";
        for (String hostile : new String[] {xxe, bomb, "<!DOCTYPE xml><xml><a>1</a></xml>"}) {
            assertThatThrownBy(() -> read(hostile)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DOCTYPE is disallowed");
        }
    }

    @Test
    void refusesWhatCannotBeSignedUnambiguously() {
        assertThatThrownBy(() -> read("<root><a>1</a></root>")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<root>");
        assertThatThrownBy(() -> read("<xml><a>1</a><a>2</a></xml>")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("repeated");
        assertThatThrownBy(() -> read("<xml><a><b>1</b></a></xml>")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not flat");
        assertThatThrownBy(() -> read("<xml><a>1</xml>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> read("status=0")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FlatXml.write(Map.of("bad name", "x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
