package io.payerid.core.tenant.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.OwnerType;
import org.junit.jupiter.api.Test;

class TenantChangeTest {

    @Test
    void fromWireWhenWrittenByWireThenSameChange() {
        TenantChange change = new TenantChange(TenantChange.Scope.WHITELIST, "01JABCDEF");

        assertThat(TenantChange.fromWire(change.wire())).isEqualTo(change);
        assertThat(TenantChange.fromWire(TenantChange.everything().wire())).isEqualTo(TenantChange.everything());
    }

    @Test
    void fromWireWhenUnreadableThenEverything() {
        for (String message : new String[] {null, "", "MERCHANT", "MERCHANT ", "NEW_SCOPE id", " id"}) {
            assertThat(TenantChange.fromWire(message)).as(String.valueOf(message)).isEqualTo(TenantChange.everything());
        }
    }

    @Test
    void channelsOfWhenOwnerTypeThenMatchingScope() {
        assertThat(TenantChange.channelsOf(OwnerType.INSTITUTION, "i1").scope())
                .isEqualTo(TenantChange.Scope.INSTITUTION_CHANNELS);
        assertThat(TenantChange.channelsOf(OwnerType.MERCHANT, "m1").scope())
                .isEqualTo(TenantChange.Scope.MERCHANT_CHANNELS);
    }
}
