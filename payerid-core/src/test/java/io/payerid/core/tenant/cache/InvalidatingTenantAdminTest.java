package io.payerid.core.tenant.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.ResultDelivery;
import io.payerid.core.tenant.TenantAdmin;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InvalidatingTenantAdminTest {

    private final List<TenantChange> published = new ArrayList<>();
    private final InProcessTenantChanges changes = new InProcessTenantChanges();

    InvalidatingTenantAdminTest() {
        changes.subscribe(published::add);
    }

    @Test
    void updateMerchantWhenWrittenThenMerchantChangePublished() {
        TenantAdmin admin = new InvalidatingTenantAdmin(database(new Merchant("m1", "i1", "MCH1", "n", false, 0)), changes);

        admin.updateMerchant("m1", null, false);

        assertThat(published).containsExactly(new TenantChange(TenantChange.Scope.MERCHANT, "m1"));
    }

    @Test
    void channelWritesWhenInstitutionOwnsThemThenInstitutionChannelsChangePublished() {
        TenantAdmin admin = new InvalidatingTenantAdmin(database(null), changes);

        admin.putChannel(OwnerType.INSTITUTION, "i1", ChannelKind.WECHAT_OA, ChannelMode.DIRECT, Map.of(), Map.of());
        admin.removeChannel(OwnerType.MERCHANT, "m1", ChannelKind.ALIPAY);

        assertThat(published).containsExactly(new TenantChange(TenantChange.Scope.INSTITUTION_CHANNELS, "i1"),
                new TenantChange(TenantChange.Scope.MERCHANT_CHANNELS, "m1"));
    }

    @Test
    void whitelistAndAppWritesWhenWrittenThenTheirChangesPublished() {
        TenantAdmin admin = new InvalidatingTenantAdmin(database(null), changes);

        admin.removeWhitelistEntry("m1", "w1");
        admin.setResultDelivery("a1", ResultDelivery.TICKET);

        assertThat(published).containsExactly(new TenantChange(TenantChange.Scope.WHITELIST, "m1"),
                new TenantChange(TenantChange.Scope.APP, "a1"));
    }

    @Test
    void updateWhenDatabaseFailsThenChangeStillPublished() {
        TenantAdmin failing = (TenantAdmin) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TenantAdmin.class}, (proxy, method, args) -> {
                    throw new PayerIdException(ErrorCode.DATABASE_UNAVAILABLE, "timed out");
                });
        TenantAdmin admin = new InvalidatingTenantAdmin(failing, changes);

        assertThatThrownBy(() -> admin.updateMerchant("m1", null, false)).isInstanceOf(PayerIdException.class);

        assertThat(published).containsExactly(new TenantChange(TenantChange.Scope.MERCHANT, "m1"));
    }

    @Test
    void adminReadsWhenCalledThenNothingPublished() {
        TenantAdmin admin = new InvalidatingTenantAdmin(database(null), changes);

        admin.institutions();
        admin.channelsOf(OwnerType.MERCHANT, "m1");

        assertThat(published).isEmpty();
    }

    /** A database that answers every call with {@code answer} (or an empty value of the method's type). */
    private static TenantAdmin database(Object answer) {
        return (TenantAdmin) Proxy.newProxyInstance(InvalidatingTenantAdminTest.class.getClassLoader(),
                new Class<?>[] {TenantAdmin.class}, (proxy, method, args) -> {
                    Class<?> type = method.getReturnType();
                    if (type == boolean.class) {
                        return true;
                    }
                    if (type == List.class) {
                        return List.of();
                    }
                    if (type == java.util.Optional.class) {
                        return java.util.Optional.empty();
                    }
                    return type.isInstance(answer) ? answer : null;
                });
    }
}
