package io.payerid.sandbox.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlPageTest {

    @Test
    void escapesEverythingThatCouldBreakOutOfTextOrAttributes() {
        assertThat(HtmlPage.escape("<a href=\"x\" onclick='y'>&amp;</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
        assertThat(HtmlPage.escape(null)).isEmpty();
        assertThat(HtmlPage.escape("爱丽丝")).isEqualTo("爱丽丝");
    }

    @Test
    void pagesAreChineseUtf8AndMobileFriendly() {
        assertThat(new HtmlPage("h1{}").render("标题<", "<p>x</p>"))
                .startsWith("<!DOCTYPE html>")
                .contains("<html lang=\"zh-CN\">", "<meta charset=\"utf-8\">", "name=\"viewport\"", "<title>标题&lt;</title>");
    }
}
