package io.payerid.channels.unionpay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.AllinpayAccount;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.UnionPayAcquirer;
import io.payerid.core.tenant.UnionPayAcquirerForm;
import io.payerid.core.unionpay.AppUpIdentifier;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllinpayUserIdClientTest {

    private static final String KEY = "allinpay888";
    private static final AllinpayAccount ACCOUNT = new AllinpayAccount("00000051", null,
            URI.create(AllinpayAccount.OFFICIAL_GATEWAY), "11", "02");
    private static final UnionPayAcquirer ACQUIRER = new UnionPayAcquirer("990581007426001", Secret.of(KEY), null, null,
            "1.0.0", UnionPayAcquirerForm.ALLINPAY, ACCOUNT);

    @Test
    void signedRequestWhenCloudPayThenNoIdentifyAndTheKeySortedIntoTheMd5() {
        Map<String, String> request = AllinpayUserIdClient.signedRequest(ACQUIRER, ACCOUNT, "uskMsSXHS1KBLHZ90+iDzA==",
                AppUpIdentifier.CLOUD_PAY, "1450432107647");

        // MD5 of appid=00000051&authcode=uskMsSXHS1KBLHZ90+iDzA==&authtype=02&cusid=990581007426001&key=allinpay888
        // &randomstr=1450432107647&signtype=MD5&version=11, computed independently.
        assertThat(request).containsEntry("sign", "D76457EA0FA8D543D04C79396431E667")
                .containsEntry("authtype", "02").containsEntry("version", "11")
                .doesNotContainKeys("identify", "orgid", "key");
    }

    @Test
    void identifyWhenBankAppThenItsAppPart() {
        assertThat(AllinpayUserIdClient.identify(AppUpIdentifier.of("UnionPay/1.0 ICBCeLife"))).isEqualTo("ICBCeLife");
        assertThat(AllinpayUserIdClient.identify(AppUpIdentifier.CLOUD_PAY)).isNull();
    }

    @Test
    void userIdFromWhenSignedSuccessThenAcct() {
        Map<String, String> answer = new HashMap<>(Map.of("retcode", "SUCCESS", "cusid", "990581007426001", "acct", "u/1+x="));
        answer.put("sign", AllinpaySignature.sign(answer, KEY));

        assertThat(AllinpayUserIdClient.userIdFrom(answer, ACQUIRER)).isEqualTo("u/1+x=");
    }

    @Test
    void userIdFromWhenSignatureWrongOrAcctMissingThenUpstreamError() {
        Map<String, String> forged = new HashMap<>(Map.of("retcode", "SUCCESS", "acct", "someone"));
        forged.put("sign", AllinpaySignature.sign(forged, "another-key"));
        Map<String, String> empty = new HashMap<>(Map.of("retcode", "SUCCESS"));
        empty.put("sign", AllinpaySignature.sign(empty, KEY));

        assertThat(failure(forged)).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(failure(empty)).isEqualTo(ErrorCode.UPSTREAM_ERROR);
    }

    @Test
    void userIdFromWhenRefusedThenTheMessageDecides() {
        assertThat(failure(Map.of("retcode", "FAIL", "retmsg", "授权码已使用"))).isEqualTo(ErrorCode.AUTH_CODE_INVALID);
        assertThat(failure(Map.of("retcode", "FAIL", "retmsg", "签名验证失败"))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(failure(Map.of("retcode", "FAIL", "retmsg", "商户不存在"))).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(failure(Map.of("retcode", "FAIL", "retmsg", "系统繁忙"))).isEqualTo(ErrorCode.UPSTREAM_UNAVAILABLE);
        assertThat(failure(Map.of("retcode", "FAIL", "retmsg", "authtype错误"))).isEqualTo(ErrorCode.UPSTREAM_ERROR);
        assertThat(failure(Map.of())).isEqualTo(ErrorCode.UPSTREAM_ERROR);
    }

    private static ErrorCode failure(Map<String, String> answer) {
        try {
            AllinpayUserIdClient.userIdFrom(answer, ACQUIRER);
        } catch (PayerIdException e) {
            return e.code();
        }
        throw new AssertionError("no failure");
    }

    @Test
    void userIdWhenNotAnAllinpayAccountThenChannelNotConfigured() {
        UnionPayAcquirer prefront = new UnionPayAcquirer("m1", Secret.of("k"), null, null, "1.0.0");

        assertThatThrownBy(() -> new AllinpayUserIdClient(java.time.Duration.ofSeconds(1), java.time.Duration.ofSeconds(1))
                .userId(prefront, "code", AppUpIdentifier.CLOUD_PAY))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
    }
}
