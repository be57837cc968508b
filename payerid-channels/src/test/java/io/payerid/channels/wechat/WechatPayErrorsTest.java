package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.binarywang.wxpay.exception.WxPayException;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

/** The err_code / return_code table of WeChat Pay v2, as WxJava hands failures over. */
class WechatPayErrorsTest {

    private static WxPayException business(String errCode) {
        return WxPayException.newBuilder().returnCode("SUCCESS").returnMsg("OK").resultCode("FAIL")
                .errCode(errCode).errCodeDes("描述").build();
    }

    private static WxPayException communication(String returnMsg) {
        return WxPayException.newBuilder().returnCode("FAIL").returnMsg(returnMsg).build();
    }

    @Test
    void businessFailuresByErrCode() {
        assertThat(WechatPayErrors.translate(business("AUTHCODEEXPIRE")).code()).isEqualTo(ErrorCode.PAYMENT_CODE_EXPIRED);
        assertThat(WechatPayErrors.translate(business("AUTH_CODE_ERROR")).code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
        assertThat(WechatPayErrors.translate(business("AUTH_CODE_INVALID")).code()).isEqualTo(ErrorCode.PAYMENT_CODE_INVALID);
        assertThat(WechatPayErrors.translate(business("SYSTEMERROR")).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        PayerIdException other = WechatPayErrors.translate(business("NOAUTH"));
        assertThat(other.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(other.detail()).contains("NOAUTH");
    }

    @Test
    void communicationFailuresByReturnMsg() {
        assertThat(WechatPayErrors.translate(communication("签名错误")).code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(WechatPayErrors.translate(communication("appid和mch_id不匹配")).code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        PayerIdException format = WechatPayErrors.translate(communication("参数格式校验错误"));
        assertThat(format.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(format.detail()).contains("参数格式校验错误");
        assertThat(WechatPayErrors.translate(communication(null)).code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
    }

    @Test
    void transportAndSignatureFailuresWithoutUpstreamCodes() {
        WxPayException io = new WxPayException("Connection refused", new ConnectException("Connection refused"));
        assertThat(WechatPayErrors.translate(io).code()).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        // What WxJava's BaseWxPayResult.checkResult throws when the answer's sign does not verify.
        PayerIdException badSign = WechatPayErrors.translate(new WxPayException("参数格式校验错误！"));
        assertThat(badSign.code()).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(badSign.detail()).contains("signature");
    }
}
