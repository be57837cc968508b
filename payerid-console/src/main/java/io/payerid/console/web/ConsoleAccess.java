package io.payerid.console.web;

import io.payerid.console.account.ConsoleRole;
import io.payerid.console.session.ConsoleUser;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;

/**
 * The console's authorization rules, asked by every handler before it reads or changes anything. A merchant user
 * reaches only its own merchant: any other merchant, found or not, is "not found" to it, so a forged URL reveals
 * nothing about which merchant numbers exist.
 */
public class ConsoleAccess {

    private final TenantDirectory directory;

    public ConsoleAccess(TenantDirectory directory) {
        this.directory = directory;
    }

    public void requirePlatformReader(ConsoleUser user) {
        if (!user.role().readsPlatform()) {
            throw ConsoleRefusal.forbidden();
        }
    }

    public void requirePlatformOperator(ConsoleUser user) {
        if (!user.role().operatesPlatform()) {
            throw ConsoleRefusal.forbidden();
        }
    }

    public void requireAccountAdmin(ConsoleUser user) {
        if (!user.role().managesAccounts()) {
            throw ConsoleRefusal.forbidden();
        }
    }

    /** The merchant, when this user may read it. */
    public Merchant readableMerchant(ConsoleUser user, String mchNo) {
        Merchant merchant = directory.merchantByMchNo(mchNo).orElseThrow(ConsoleRefusal::notFound);
        if (user.role().merchantScoped() && !merchant.id().equals(user.account().merchantId())) {
            throw ConsoleRefusal.notFound();
        }
        return merchant;
    }

    /**
     * The merchant, when this user may change its apps, whitelist and QR entries: operators and admins any, a
     * merchant user its own, an auditor none.
     */
    public Merchant changeableMerchant(ConsoleUser user, String mchNo) {
        Merchant merchant = readableMerchant(user, mchNo);
        if (user.role() == ConsoleRole.AUDITOR) {
            throw ConsoleRefusal.forbidden();
        }
        return merchant;
    }

    /**
     * A record kept under the merchant with internal id {@code merchantId} (null: under none, platform only), when
     * this user may read it; otherwise "not found", as for a record that does not exist.
     */
    public void requireReadableRecordOf(ConsoleUser user, String merchantId) {
        if (user.role().merchantScoped() && (merchantId == null || !merchantId.equals(user.account().merchantId()))) {
            throw ConsoleRefusal.notFound();
        }
    }

    /** As {@link #requireReadableRecordOf}, for acting on it: operators and admins any, a merchant user its own. */
    public void requireChangeableRecordOf(ConsoleUser user, String merchantId) {
        if (user.role() == ConsoleRole.AUDITOR) {
            throw ConsoleRefusal.forbidden();
        }
        requireReadableRecordOf(user, merchantId);
    }
}
