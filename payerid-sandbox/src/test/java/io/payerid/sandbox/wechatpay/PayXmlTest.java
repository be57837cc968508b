package io.payerid.sandbox.wechatpay;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PayXmlTest {

    private static Map<String, String> parse(String xml) throws PayXml.MalformedXml {
        return PayXml.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsPlainAndCdataValues() throws PayXml.MalformedXml {
        Map<String, String> fields = parse("<xml><appid><![CDATA[wx1]]></appid><mch_id>1900000109</mch_id>"
                + "<auth_code>\n 134291427096188722 </auth_code><body><![CDATA[咖啡 & <茶>]]></body></xml>");
        assertThat(fields).containsExactly(Map.entry("appid", "wx1"), Map.entry("mch_id", "1900000109"),
                Map.entry("auth_code", "134291427096188722"), Map.entry("body", "咖啡 & <茶>"));
    }

    @Test
    void refusesWhatIsNotFlatWechatPayXml() {
        assertThatThrownBy(() -> parse("appid=wx1")).isInstanceOf(PayXml.MalformedXml.class);
        assertThatThrownBy(() -> parse("<root><appid>wx1</appid></root>")).isInstanceOf(PayXml.MalformedXml.class);
        assertThatThrownBy(() -> parse("<xml><a>1</a><a>2</a></xml>")).isInstanceOf(PayXml.MalformedXml.class);
        assertThatThrownBy(() -> parse("<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<xml><appid>&e;</appid></xml>")).isInstanceOf(PayXml.MalformedXml.class);
    }

    @Test
    void writesEveryValueInCdataAndSurvivesTheCdataTerminator() throws PayXml.MalformedXml {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("return_code", "SUCCESS");
        fields.put("sub_openid", null);
        fields.put("tricky", "a]]>b<c>");
        String xml = PayXml.render(fields);
        assertThat(xml).startsWith("<xml>\n<return_code><![CDATA[SUCCESS]]></return_code>\n").doesNotContain("sub_openid");
        assertThat(PayXml.parse(xml.getBytes(StandardCharsets.UTF_8)))
                .containsExactly(Map.entry("return_code", "SUCCESS"), Map.entry("tricky", "a]]>b<c>"));
    }
}
