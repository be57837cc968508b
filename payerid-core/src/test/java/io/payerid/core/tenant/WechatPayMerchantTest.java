package io.payerid.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.SignType;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WechatPayMerchantTest {

    private static ChannelConfig config(ChannelMode mode, Map<String, String> settings) {
        return new ChannelConfig("c1", OwnerType.MERCHANT, "m1", ChannelKind.WECHAT_PAY, mode, settings,
                Map.of(WechatPayMerchant.API_KEY, Secret.of("k".repeat(32))), 0L);
    }

    private static Map<String, String> direct() {
        Map<String, String> settings = new HashMap<>();
        settings.put(WechatPayMerchant.APP_ID, "wx1");
        settings.put(WechatPayMerchant.MCH_ID, "1900000109");
        return settings;
    }

    @Test
    void directModeDefaultsToMd5() {
        WechatPayMerchant m = WechatPayMerchant.from(config(ChannelMode.DIRECT, direct()));
        assertThat(m.appId()).isEqualTo("wx1");
        assertThat(m.mchId()).isEqualTo("1900000109");
        assertThat(m.signType()).isEqualTo(SignType.MD5);
        assertThat(m.partner()).isFalse();
        assertThat(m.apiKey().reveal()).hasSize(32);
        assertThat(m.toString()).doesNotContain("kkkk");
    }

    @Test
    void partnerModeCarriesSubIdsAndHmac() {
        Map<String, String> settings = direct();
        settings.put(WechatPayMerchant.SUB_MCH_ID, "1900000110");
        settings.put(WechatPayMerchant.SUB_APP_ID, "wxsub");
        settings.put(WechatPayMerchant.SIGN_TYPE, "HMAC-SHA256");
        WechatPayMerchant m = WechatPayMerchant.from(config(ChannelMode.SERVICE_PROVIDER, settings));
        assertThat(m.partner()).isTrue();
        assertThat(m.subMchId()).isEqualTo("1900000110");
        assertThat(m.subAppId()).isEqualTo("wxsub");
        assertThat(m.signType()).isEqualTo(SignType.HMAC_SHA256);
    }

    @Test
    void inconsistentConfigurationsAreChannelNotConfigured() {
        Map<String, String> partnerWithoutSubMch = direct();
        Map<String, String> directWithSubMch = direct();
        directWithSubMch.put(WechatPayMerchant.SUB_MCH_ID, "1900000110");
        Map<String, String> rsa = direct();
        rsa.put(WechatPayMerchant.SIGN_TYPE, "RSA2");
        Map<String, String> noMchId = direct();
        noMchId.remove(WechatPayMerchant.MCH_ID);

        assertMisconfigured(config(ChannelMode.SERVICE_PROVIDER, partnerWithoutSubMch), "subMchId");
        assertMisconfigured(config(ChannelMode.DIRECT, directWithSubMch), "DIRECT");
        assertMisconfigured(config(ChannelMode.DIRECT, rsa), "signType");
        assertMisconfigured(config(ChannelMode.DIRECT, noMchId), "mchId");
        assertMisconfigured(new ChannelConfig("c1", OwnerType.MERCHANT, "m1", ChannelKind.WECHAT_PAY, ChannelMode.DIRECT,
                direct(), Map.of(), 0L), "apiKey");
    }

    private static void assertMisconfigured(ChannelConfig config, String mentioned) {
        PayerIdException e = catchThrowableOfType(PayerIdException.class, () -> WechatPayMerchant.from(config));
        assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED);
        assertThat(e.detail()).contains(mentioned);
    }
}
