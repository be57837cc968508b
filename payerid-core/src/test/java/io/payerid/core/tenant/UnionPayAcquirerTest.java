package io.payerid.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnionPayAcquirerTest {

    private static ChannelConfig config(Map<String, String> settings, Map<String, Secret> secrets) {
        return new ChannelConfig("c1", OwnerType.MERCHANT, "m1", ChannelKind.UNIONPAY, ChannelMode.DIRECT, settings, secrets, 0L);
    }

    @Test
    void readsSettingsAndSecretWithDefaults() {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config(Map.of("mchId", "101520000465"), Map.of("key", Secret.of("k-123"))));
        assertThat(acquirer.mchId()).isEqualTo("101520000465");
        assertThat(acquirer.key().reveal()).isEqualTo("k-123");
        assertThat(acquirer.authVersion()).isEqualTo("1.0.0");
        assertThat(acquirer.signAgentNo()).isNull();
        assertThat(acquirer.groupNo()).isNull();
        assertThat(acquirer.toString()).doesNotContain("k-123");
    }

    @Test
    void readsOptionalSettings() {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config(
                Map.of("mchId", "m", "signAgentNo", "agent7", "groupNo", "g9", "authVersion", "1.0.2"),
                Map.of("key", Secret.of("k"))));
        assertThat(acquirer.signAgentNo()).isEqualTo("agent7");
        assertThat(acquirer.groupNo()).isEqualTo("g9");
        assertThat(acquirer.authVersion()).isEqualTo("1.0.2");
    }

    @Test
    void missingOrUnusableValuesMeanTheChannelIsNotConfigured() {
        Map<String, Secret> key = Map.of("key", Secret.of("k"));
        for (ChannelConfig bad : new ChannelConfig[] {config(Map.of(), key), config(Map.of("mchId", "m"), Map.of()),
                config(Map.of("mchId", "m", "authVersion", "1.0&x=y"), key)}) {
            assertThatThrownBy(() -> UnionPayAcquirer.from(bad))
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
        }
    }

    @Test
    void fromWhenAcquirerUnsetThenQrcPrefrontWithoutAllinpaySettings() {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config(Map.of("mchId", "m"), Map.of("key", Secret.of("k"))));

        assertThat(acquirer.form()).isEqualTo(UnionPayAcquirerForm.QRC_PREFRONT);
        assertThat(acquirer.allinpay()).isNull();
    }

    @Test
    void fromWhenAllinpayThenItsSettingsWithDocumentedDefaults() {
        UnionPayAcquirer acquirer = UnionPayAcquirer.from(config(Map.of("mchId", "990581007426001", "acquirer", "allinpay",
                "appId", "00000051"), Map.of("key", Secret.of("k"))));

        assertThat(acquirer.form()).isEqualTo(UnionPayAcquirerForm.ALLINPAY);
        assertThat(acquirer.allinpay().appId()).isEqualTo("00000051");
        assertThat(acquirer.allinpay().gatewayUrl()).hasToString(AllinpayAccount.OFFICIAL_GATEWAY);
        assertThat(acquirer.allinpay().version()).isEqualTo("11");
        assertThat(acquirer.allinpay().authType()).isEqualTo("02");
        assertThat(acquirer.allinpay().orgId()).isNull();
    }

    @Test
    void fromWhenAllinpaySettingsUnusableThenChannelNotConfigured() {
        Map<String, Secret> key = Map.of("key", Secret.of("k"));
        for (Map<String, String> settings : java.util.List.of(
                Map.of("mchId", "m", "acquirer", "allinpay"),
                Map.of("mchId", "m", "acquirer", "allinpay", "appId", "a&b"),
                Map.of("mchId", "m", "acquirer", "allinpay", "appId", "a", "allinpayGatewayUrl", "ftp://x/y"),
                Map.of("mchId", "m", "acquirer", "hupay"))) {
            assertThatThrownBy(() -> UnionPayAcquirer.from(config(settings, key))).as(settings.toString())
                    .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.CHANNEL_NOT_CONFIGURED));
        }
    }
}
