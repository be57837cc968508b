package io.payerid.server.dialect.jucai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.signing.HexCase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** How {@code payerid.dialects.jucai.*} binds, as an operator would write it. */
class JucaiPropertiesTest {

    private static JucaiProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("payerid.dialects.jucai", JucaiProperties.class);
    }

    @Test
    void withoutConfigurationEveryInstitutionGetsTheSeedsReading() {
        JucaiRules rules = bind(Map.of()).rulesFor("ISV_ANY");

        assertThat(rules).isEqualTo(new JucaiRules(HexCase.LOWER, "key", JucaiResponseSignScope.DATA, JucaiUnionPayIdField.OPENID));
    }

    @Test
    void anOverrideInBracketsKeepsTheInstNoAndFallsBackPerComponent() {
        JucaiProperties properties = bind(Map.of(
                "payerid.dialects.jucai.response-sign", "envelope",
                "payerid.dialects.jucai.institutions[ISV_I232767463].sign-hex-case", "upper",
                "payerid.dialects.jucai.institutions[ISV_I232767463].sign-key-name", "secret",
                "payerid.dialects.jucai.institutions[ISV_I232767463].union-pay-user-id-field", "subOpenid"));

        assertThat(properties.rulesFor("ISV_I232767463"))
                .isEqualTo(new JucaiRules(HexCase.UPPER, "secret", JucaiResponseSignScope.ENVELOPE, JucaiUnionPayIdField.SUB_OPENID));
        assertThat(properties.rulesFor("ISV_OTHER"))
                .isEqualTo(new JucaiRules(HexCase.LOWER, "key", JucaiResponseSignScope.ENVELOPE, JucaiUnionPayIdField.OPENID));
    }

    @Test
    void aKeyNameThatWouldBreakTheSignStringIsRefusedAtStartUp() {
        assertThatThrownBy(() -> bind(Map.of("payerid.dialects.jucai.sign-key-name", "key&x=")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> bind(Map.of("payerid.dialects.jucai.institutions[ISV_X].sign-key-name", "a=b")))
                .isInstanceOf(BindException.class);
    }
}
