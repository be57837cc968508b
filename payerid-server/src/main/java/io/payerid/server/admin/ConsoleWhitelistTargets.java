package io.payerid.server.admin;

import io.payerid.console.port.WhitelistTargets;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.WhitelistEntry;
import org.springframework.stereotype.Component;

/** The console's whitelist port, by exactly the admin API's rules (parser, public-host rule, whole-origin consent). */
@Component
class ConsoleWhitelistTargets implements WhitelistTargets {

    private final TenantAdmin admin;
    private final WhitelistTargetRules rules;

    ConsoleWhitelistTargets(TenantAdmin admin, WhitelistTargetRules rules) {
        this.admin = admin;
        this.rules = rules;
    }

    @Override
    public WhitelistEntry add(String merchantId, String url, boolean wholeOrigin) {
        WhitelistEntryParser.Target target = WhitelistEntryParser.parse(url);
        rules.check(target, wholeOrigin);
        return admin.addWhitelistEntry(merchantId, target.scheme(), target.host(), target.port(), target.pathPrefix(),
                wholeOrigin);
    }

    @Override
    public String check(String url, boolean wholeOrigin) {
        WhitelistEntryParser.Target target = WhitelistEntryParser.parse(url);
        rules.check(target, wholeOrigin);
        return target.display();
    }
}
