package io.payerid.server.dialect.yifu;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.flow.PayerIdentity;
import io.payerid.core.tenant.ChannelKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

class YifuPropertiesTest {

    static final PayerIdentity BOTH = alipay("0abc", "2088000000000001");
    static final PayerIdentity OPEN_ID_ONLY = alipay("0abc", null);
    static final PayerIdentity USER_ID_ONLY = alipay(null, "2088000000000001");

    @Test
    void alipayIdForWhenInstitutionHasNoOverrideThenTheDefault() {
        YifuProperties properties = new YifuProperties("/yfpay", YifuAlipayId.USER_ID,
                Map.of("900002", new YifuInstitutionRules(YifuAlipayId.OPEN_ID)));
        assertThat(properties.alipayIdFor("900001")).isEqualTo(YifuAlipayId.USER_ID);
        assertThat(properties.alipayIdFor(null)).isEqualTo(YifuAlipayId.USER_ID);
        assertThat(properties.alipayIdFor("900002")).isEqualTo(YifuAlipayId.OPEN_ID);
    }

    @Test
    void alipayIdForWhenOverrideLeavesTheChoiceOutThenTheDefault() {
        YifuProperties properties = new YifuProperties("/yfpay", YifuAlipayId.OPEN_ID,
                Map.of("900002", new YifuInstitutionRules(null)));
        assertThat(properties.alipayIdFor("900002")).isEqualTo(YifuAlipayId.OPEN_ID);
    }

    @Test
    void pickWhenBothIdsReturnedThenThePreferredOne() {
        assertThat(YifuAlipayId.USER_ID.pick(BOTH)).isEqualTo("2088000000000001");
        assertThat(YifuAlipayId.OPEN_ID.pick(BOTH)).isEqualTo("0abc");
    }

    @Test
    void pickWhenPreferredIdMissingThenTheOtherRatherThanNothing() {
        assertThat(YifuAlipayId.USER_ID.pick(OPEN_ID_ONLY)).isEqualTo("0abc");
        assertThat(YifuAlipayId.OPEN_ID.pick(USER_ID_ONLY)).isEqualTo("2088000000000001");
    }

    private static PayerIdentity alipay(String openId, String userId) {
        return new PayerIdentity(ChannelKind.ALIPAY, "2021000000000001", openId, null, userId, false, null);
    }
}
