package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import org.junit.jupiter.api.Test;

/** The err_code / return_msg table of WeChat Pay v2. */
class WechatPayErrorsTest {

    @Test
    void businessFailureWhenErrCodeKnownThenMappedCode() {
        assertThat(WechatPayErrors.businessFailure("AUTHCODEEXPIRE").code()).isEqualTo(ErrorCode.PAYMENT_CODE_EXPIRED);
        assertThat(WechatPayErrors.businessFailure("AUTH_CODE_ERROR").code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
        assertThat(WechatPayErrors.businessFailure("AUTH_CODE_INVALID").code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
        assertThat(WechatPayErrors.businessFailure("SYSTEMERROR").code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        PayerIdException other = WechatPayErrors.businessFailure("NOAUTH");
        assertThat(other.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(other.detail()).contains("NOAUTH");
    }

    @Test
    void communicationFailureWhenReturnMsgNamesConfigurationThenChannelNotConfigured() {
        assertThat(WechatPayErrors.communicationFailure("签名错误").code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(WechatPayErrors.communicationFailure("appid和mch_id不匹配").code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        PayerIdException format = WechatPayErrors.communicationFailure("参数格式校验错误");
        assertThat(format.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(format.detail()).contains("参数格式校验错误");
        assertThat(WechatPayErrors.communicationFailure(null).code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(WechatPayErrors.communicationFailure("系统繁忙,请稍后再试").code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
    }

    @Test
    void communicationFailureWhenReturnMsgHostileThenBoundedPrintableDetail() {
        PayerIdException hostile = WechatPayErrors.communicationFailure("line\r\nInjected: yes" + "x".repeat(500));
        assertThat(hostile.detail()).doesNotContain("\r", "\n").hasSizeLessThan(200);
    }
}
