package io.payerid.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class RedactedFailureTest {

    private static final String WECHAT_URL = "https://api.weixin.qq.com/sns/oauth2/access_token?appid=wx1234567890"
            + "&secret=0123456789abcdef0123456789abcdef&code=a b&grant_type=authorization_code";

    @Test
    void redactWhenUrlCarriesSecretThenValueMasked() {
        String safe = RedactedFailure.redact("Illegal character in query at index 120: " + WECHAT_URL);
        assertThat(safe).doesNotContain("0123456789abcdef").contains("secret=***").contains("appid=wx1234567890");
    }

    @Test
    void redactWhenTokensAndKeysThenAllMasked() {
        String safe = RedactedFailure.redact("GET /cgi-bin/x?access_token=TOKEN123456 sign=ABCDEF key=k3y-value "
                + "{\"session_key\":\"sess1234\"} refresh_token=r3fr3sh");
        assertThat(safe).doesNotContain("TOKEN123456", "ABCDEF", "k3y-value", "sess1234", "r3fr3sh");
    }

    @Test
    void redactWhenWordOnlyContainsParameterNameThenUntouched() {
        assertThat(RedactedFailure.redact("WeChat errcode=40029 and monkey=banana"))
                .isEqualTo("WeChat errcode=40029 and monkey=banana");
    }

    @Test
    void ofWhenCauseChainCarriesSecretsThenNoLevelKeepsThem() {
        Exception original = new IllegalArgumentException(WECHAT_URL, new IOException("again " + WECHAT_URL));
        RedactedFailure safe = RedactedFailure.of(original);

        StringWriter printed = new StringWriter();
        safe.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain("0123456789abcdef")
                .contains("java.lang.IllegalArgumentException (redacted)")
                .contains("java.io.IOException (redacted)");
        assertThat(safe.getStackTrace()).isEqualTo(original.getStackTrace());
        assertThat(safe.originalClass()).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void payerIdExceptionWhenGivenACauseThenKeepsOnlyTheRedactedCopy() {
        PayerIdException e = new PayerIdException(ErrorCode.UPSTREAM_ERROR, "WeChat failed", new RuntimeException(WECHAT_URL));
        assertThat(e.getCause()).isInstanceOf(RedactedFailure.class);
        assertThat(e.getCause().getMessage()).doesNotContain("0123456789abcdef");
    }
}
