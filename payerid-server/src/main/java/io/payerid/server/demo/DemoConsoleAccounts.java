package io.payerid.server.demo;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.core.tenant.Merchant;
import io.payerid.server.config.EmbeddedSecrets;
import java.nio.file.Path;

/**
 * Embedded mode's console accounts: a platform admin and a user of the demo merchant. Their generated passwords
 * live in owner-only files of the data directory (like the operator token), so demo.json shows the same ones after
 * a restart; an account that exists already is left as it is (its password may have been changed in the console).
 */
final class DemoConsoleAccounts {

    static final String ADMIN = "admin";
    static final String MERCHANT_USER = "demo-merchant";

    /** The two accounts' names and passwords, for demo.json and the banner. */
    record Logins(String adminUser, String adminPassword, String merchantUser, String merchantPassword) {

        @Override
        public String toString() {
            return "Logins[" + adminUser + ", " + merchantUser + "]";
        }
    }

    private DemoConsoleAccounts() {
    }

    static Logins ensure(ConsoleAccounts accounts, Path dataDir, Merchant demoMerchant) {
        String adminPassword = EmbeddedSecrets.readOrCreate(dataDir.resolve("console-admin.password"),
                () -> EmbeddedSecrets.randomToken(12));
        String merchantPassword = EmbeddedSecrets.readOrCreate(dataDir.resolve("console-merchant.password"),
                () -> EmbeddedSecrets.randomToken(12));
        if (accounts.byUsername(ADMIN).isEmpty()) {
            accounts.create(ADMIN, adminPassword, ConsoleRole.PLATFORM_ADMIN, null);
        }
        if (accounts.byUsername(MERCHANT_USER).isEmpty()) {
            accounts.create(MERCHANT_USER, merchantPassword, ConsoleRole.MERCHANT_USER, demoMerchant.id());
        }
        return new Logins(ADMIN, adminPassword, MERCHANT_USER, merchantPassword);
    }
}
