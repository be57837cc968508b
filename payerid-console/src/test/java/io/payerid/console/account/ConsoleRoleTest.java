package io.payerid.console.account;

import static io.payerid.console.account.ConsoleRole.AUDITOR;
import static io.payerid.console.account.ConsoleRole.MERCHANT_USER;
import static io.payerid.console.account.ConsoleRole.OPERATOR;
import static io.payerid.console.account.ConsoleRole.PLATFORM_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConsoleRoleTest {

    @Test
    void mayGrantWhenScopeAtOrBelowOwnPlatformRoleThenTrue() {
        assertThat(PLATFORM_ADMIN.mayGrant(PLATFORM_ADMIN)).isTrue();
        assertThat(PLATFORM_ADMIN.mayGrant(AUDITOR)).isTrue();
        assertThat(OPERATOR.mayGrant(OPERATOR)).isTrue();
        assertThat(OPERATOR.mayGrant(AUDITOR)).isTrue();
        assertThat(AUDITOR.mayGrant(AUDITOR)).isTrue();
    }

    @Test
    void mayGrantWhenScopeAboveOwnOrAcrossMerchantLineThenFalse() {
        assertThat(OPERATOR.mayGrant(PLATFORM_ADMIN)).isFalse();
        assertThat(AUDITOR.mayGrant(OPERATOR)).isFalse();
        assertThat(PLATFORM_ADMIN.mayGrant(MERCHANT_USER)).isFalse();
        assertThat(MERCHANT_USER.mayGrant(AUDITOR)).isFalse();
        assertThat(MERCHANT_USER.mayGrant(MERCHANT_USER)).isTrue();
    }
}
