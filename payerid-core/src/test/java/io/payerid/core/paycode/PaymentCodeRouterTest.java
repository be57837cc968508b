package io.payerid.core.paycode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PaymentCodeRouterTest {

    @ParameterizedTest
    @CsvSource({
            // WeChat: 18 digits, prefixes 10-14 (mainland) and 15 (Hong Kong)
            "100000000000000000, WECHAT",
            "134291427096188722, WECHAT",
            "159999999999999999, WECHAT",
            // Alipay: 16-24 digits, prefixes 25-30
            "2500000000000000, ALIPAY",
            "286543210987654321, ALIPAY",
            "300000000000000000000000, ALIPAY",
            // UnionPay: 19 digits, prefix 62
            "6212345678901234567, UNIONPAY",
    })
    void routesEachWalletByLengthAndPrefix(String code, Wallet wallet) {
        assertThat(PaymentCodeRouter.route(code)).isEqualTo(wallet);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13429142709618872",          // WeChat prefix, 17 digits
            "1342914270961887221",        // WeChat prefix, 19 digits
            "160000000000000000",         // 18 digits, prefix 16
            "090000000000000000",         // 18 digits, prefix 09
            "250000000000000",            // Alipay prefix, 15 digits
            "3000000000000000000000000",  // Alipay prefix, 25 digits
            "310000000000000000",         // prefix 31
            "621234567890123456",         // UnionPay prefix, 18 digits
            "62123456789012345678",       // UnionPay prefix, 20 digits
            "6312345678901234567",        // 19 digits, prefix 63
            "1",
            "13429142709618872a",         // not digits
            " 134291427096188722",
            "１３４２９１４２７０９６１８８７２２", // full-width digits
            "-34291427096188722",
    })
    void anythingElseIsAnInvalidPaymentCode(String code) {
        PayerIdException e = catchThrowableOfType(PayerIdException.class, () -> PaymentCodeRouter.route(code));
        assertThat(e).as(code).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingCodeIsInvalidToo(String code) {
        PayerIdException e = catchThrowableOfType(PayerIdException.class, () -> PaymentCodeRouter.route(code));
        assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"170000000000000000", "13429142709618872"})
    void theMessageDescribesTheShapeWithoutEchoingTheCode(String code) {
        PayerIdException e = catchThrowableOfType(PayerIdException.class, () -> PaymentCodeRouter.route(code));
        assertThat(e.detail()).contains(code.length() + "-digit").doesNotContain(code);
    }
}
