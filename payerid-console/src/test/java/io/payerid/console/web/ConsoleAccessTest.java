package io.payerid.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.console.account.ConsoleAccount;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.session.ConsoleSession;
import io.payerid.console.session.ConsoleUser;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConsoleAccessTest {

    private static final Merchant OWN = new Merchant("m1", "i1", "MCH_OWN", "own", true, 0);
    private static final Merchant OTHER = new Merchant("m2", "i1", "MCH_OTHER", "other", true, 0);

    /** Two merchants, nothing else. */
    private static final TenantDirectory DIRECTORY = new TenantDirectory() {
        private final Map<String, Merchant> byNo = Map.of(OWN.mchNo(), OWN, OTHER.mchNo(), OTHER);

        public Optional<Institution> institutionById(String id) { return Optional.empty(); }
        public Optional<Institution> institutionByInstNo(String instNo) { return Optional.empty(); }
        public Optional<Merchant> merchantById(String id) {
            return byNo.values().stream().filter(m -> m.id().equals(id)).findFirst();
        }
        public Optional<Merchant> merchantByMchNo(String mchNo) { return Optional.ofNullable(byNo.get(mchNo)); }
        public Optional<MerchantApp> appByAppId(String appId) { return Optional.empty(); }
        public Optional<ChannelConfig> effectiveChannel(Merchant merchant, ChannelKind kind) { return Optional.empty(); }
        public List<WhitelistEntry> whitelist(String merchantId) { return List.of(); }
    };

    private final ConsoleAccess access = new ConsoleAccess(DIRECTORY);

    private static ConsoleUser user(ConsoleRole role) {
        return new ConsoleUser(new ConsoleAccount("a", "u", "h", role, role.merchantScoped() ? OWN.id() : null, true, 0, 0),
                new ConsoleSession("a", "c", 0, 0));
    }

    @Test
    void readableMerchantWhenMerchantUserAsksForAnotherThenNotFoundLikeAnUnknownOne() {
        ConsoleUser merchantUser = user(ConsoleRole.MERCHANT_USER);

        assertThat(access.readableMerchant(merchantUser, "MCH_OWN")).isEqualTo(OWN);
        ConsoleRefusal other = catchRefusal(() -> access.readableMerchant(merchantUser, "MCH_OTHER"));
        ConsoleRefusal unknown = catchRefusal(() -> access.readableMerchant(merchantUser, "MCH_NONE"));
        assertThat(other.status()).isEqualTo(404).isEqualTo(unknown.status());
        assertThat(other.messageKey()).isEqualTo(unknown.messageKey());
    }

    @Test
    void changeableMerchantWhenAuditorThenForbiddenAndOperatorsAnyMerchant() {
        assertThat(catchRefusal(() -> access.changeableMerchant(user(ConsoleRole.AUDITOR), "MCH_OWN")).status()).isEqualTo(403);
        assertThat(access.changeableMerchant(user(ConsoleRole.OPERATOR), "MCH_OTHER")).isEqualTo(OTHER);
        assertThat(access.changeableMerchant(user(ConsoleRole.MERCHANT_USER), "MCH_OWN")).isEqualTo(OWN);
    }

    @Test
    void requireWhenRoleLacksTheRightThenForbidden() {
        assertThatThrownBy(() -> access.requirePlatformReader(user(ConsoleRole.MERCHANT_USER))).isInstanceOf(ConsoleRefusal.class);
        assertThatThrownBy(() -> access.requirePlatformOperator(user(ConsoleRole.AUDITOR))).isInstanceOf(ConsoleRefusal.class);
        assertThatThrownBy(() -> access.requireAccountAdmin(user(ConsoleRole.OPERATOR))).isInstanceOf(ConsoleRefusal.class);
        access.requirePlatformReader(user(ConsoleRole.AUDITOR));
        access.requirePlatformOperator(user(ConsoleRole.OPERATOR));
        access.requireAccountAdmin(user(ConsoleRole.PLATFORM_ADMIN));
    }

    @Test
    void recordOfWhenMerchantUserAndAnotherMerchantsOrNoMerchantsRecordThenNotFoundAndAuditorsReadOnly() {
        ConsoleUser merchantUser = user(ConsoleRole.MERCHANT_USER);
        access.requireReadableRecordOf(merchantUser, OWN.id());
        access.requireChangeableRecordOf(merchantUser, OWN.id());
        assertThat(catchRefusal(() -> access.requireReadableRecordOf(merchantUser, OTHER.id())).status()).isEqualTo(404);
        assertThat(catchRefusal(() -> access.requireReadableRecordOf(merchantUser, null)).status()).isEqualTo(404);
        assertThat(catchRefusal(() -> access.requireChangeableRecordOf(merchantUser, OTHER.id())).status()).isEqualTo(404);
        access.requireReadableRecordOf(user(ConsoleRole.AUDITOR), null);
        assertThat(catchRefusal(() -> access.requireChangeableRecordOf(user(ConsoleRole.AUDITOR), OWN.id())).status())
                .isEqualTo(403);
        access.requireChangeableRecordOf(user(ConsoleRole.OPERATOR), OTHER.id());
    }

    private static ConsoleRefusal catchRefusal(Runnable action) {
        try {
            action.run();
        } catch (ConsoleRefusal refusal) {
            return refusal;
        }
        throw new AssertionError("not refused");
    }
}
