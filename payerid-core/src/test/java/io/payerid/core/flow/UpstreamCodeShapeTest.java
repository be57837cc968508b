package io.payerid.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpstreamCodeShapeTest {

    private final UpstreamCodeShape wechat = UpstreamCodeShape.of("code", UpstreamCodeShape.DEFAULT_WECHAT);

    @ParameterizedTest
    @ValueSource(strings = {"061Abc0w3bNxVZ2G5j2w3gxv9Q0Abc0j", "ca34ea491e7146cc87d25fca24c4cD11", "a", "sandbox_code-1"})
    void requireWhenGenuineShapeThenReturnsIt(String code) {
        assertThat(wechat.require(code)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "a\u0000b", "a\r\nb", "<script>", "a\"b", "a|b", "a&secret=x", "你好", "", " "})
    void requireWhenShapeNoUpstreamProducesThenAuthCodeInvalidWithoutEcho(String code) {
        assertThatThrownBy(() -> wechat.require(code))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
                    if (!code.isBlank()) {
                        assertThat(e.getMessage()).doesNotContain(code);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(ints = {129, 5_000_000})
    void requireWhenLongerThanAnyCodeThenRefused(int length) {
        assertThatThrownBy(() -> wechat.require("a".repeat(length))).isInstanceOf(PayerIdException.class);
    }
}
