package io.payerid.server.admin;

import io.payerid.console.port.ChannelChecks;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The console's channel port: exactly the checks the admin API's channel endpoints run before saving. */
@Component
class ConsoleChannelChecks implements ChannelChecks {

    @Override
    public void check(ChannelConfig candidate) {
        if (candidate.kind() == ChannelKind.ALIPAY) {
            Map<String, String> secrets = new LinkedHashMap<>();
            candidate.secrets().forEach((name, secret) -> secrets.put(name, secret.reveal()));
            AlipayChannelRules.check(candidate.mode(), candidate.settings(), secrets);
        }
        ChannelConfigRules.check(candidate);
    }
}
