package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.api.Test;

class PaidOrderTest {

    @Test
    void aTransactionIdAlone() {
        PaidOrder order = PaidOrder.of("4200001234202501011234567890", null, "");
        assertThat(order.byTransactionId()).isTrue();
        assertThat(order.transactionId()).isEqualTo("4200001234202501011234567890");
        assertThat(order.mchId()).isNull();
        assertThat(order.outTradeNo()).isNull();
    }

    @Test
    void aMerchantOrderNumberWithItsMerchant() {
        PaidOrder order = PaidOrder.of(" ", "1900000109", "order_42|a*b-c");
        assertThat(order.byTransactionId()).isFalse();
        assertThat(order.mchId()).isEqualTo("1900000109");
        assertThat(order.outTradeNo()).isEqualTo("order_42|a*b-c");
    }

    @Test
    void exactlyOneFormIsRequired() {
        assertInvalid(null, null, null, "is required");
        assertInvalid(null, "1900000109", null, "is required");
        assertInvalid(null, null, "order42", "is required");
        assertInvalid("4200001234", "1900000109", null, "not both");
        assertInvalid("4200001234", null, "order42", "not both");
    }

    @Test
    void malformedValuesNeverReachWechat() {
        assertInvalid("42&openid=x", null, null, "transactionId is malformed");
        assertInvalid(null, "19000abc", "order42", "mchId is malformed");
        assertInvalid(null, "1900000109", "order 42", "outTradeNo is malformed");
        assertInvalid(null, "1900000109", "x".repeat(33), "outTradeNo is malformed");
    }

    private static void assertInvalid(String transactionId, String mchId, String outTradeNo, String message) {
        assertThatThrownBy(() -> PaidOrder.of(transactionId, mchId, outTradeNo))
                .isInstanceOfSatisfying(PayerIdException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
                    assertThat(e.detail()).contains(message);
                });
    }
}
