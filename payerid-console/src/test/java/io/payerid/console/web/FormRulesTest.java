package io.payerid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormRulesTest {

    @Test
    void codeRefusalWhenAdminApiShapeThenEmptyOtherwiseKey() {
        assertThat(FormRules.codeRefusal("MCH_0001")).isEmpty();
        assertThat(FormRules.codeRefusal("a.b-c")).isEmpty();
        assertThat(FormRules.codeRefusal("")).contains("form.code");
        assertThat(FormRules.codeRefusal("_x")).contains("form.code");
        assertThat(FormRules.codeRefusal("a/b")).contains("form.code");
        assertThat(FormRules.codeRefusal("x".repeat(65))).contains("form.code");
        assertThat(FormRules.codeRefusal(null)).contains("form.code");
    }

    @Test
    void nameRefusalWhenBlankOrLongThenKey() {
        assertThat(FormRules.nameRefusal("咖啡店")).isEmpty();
        assertThat(FormRules.nameRefusal("  ")).contains("form.name");
        assertThat(FormRules.nameRefusal("x".repeat(129))).contains("form.name");
    }
}
