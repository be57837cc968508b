package io.payerid.server.tryit;

import io.payerid.console.port.SandboxTrials;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.redirect.RedirectWhitelist;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import io.payerid.server.config.PayerIdProperties;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The console's "Try it" port: the gateway's own signing, whitelist and channel rules, no second copy. */
@Component
class ConsoleSandboxTrials implements SandboxTrials {

    private static final List<ChannelKind> BROWSER_CHANNELS =
            List.of(ChannelKind.WECHAT_OA, ChannelKind.ALIPAY, ChannelKind.UNIONPAY);

    private final TenantDirectory tenants;
    private final PayerIdProperties properties;
    private final Clock clock;
    private final boolean sandbox;

    ConsoleSandboxTrials(TenantDirectory tenants, PayerIdProperties properties, Clock clock,
                         @Value("${payerid.sandbox.enabled:false}") boolean sandbox) {
        this.tenants = tenants;
        this.properties = properties;
        this.clock = clock;
        this.sandbox = sandbox;
    }

    @Override
    public boolean enabled() {
        return sandbox;
    }

    @Override
    public List<ChannelKind> channels(Merchant merchant) {
        return BROWSER_CHANNELS.stream().filter(k -> tenants.effectiveChannel(merchant, k).isPresent()).toList();
    }

    @Override
    public Optional<String> returnUri(Merchant merchant) {
        List<WhitelistEntry> entries = tenants.whitelist(merchant.id());
        RedirectWhitelist whitelist = new RedirectWhitelist(entries);
        String console = properties.publicBaseUrlWithoutSlash() + RESULT_PATH;
        return Stream.concat(Stream.of(console), entries.stream().map(ConsoleSandboxTrials::target))
                .filter(whitelist::allows).findFirst();
    }

    /** The entry as a concrete page: its prefix, or the origin's root for a whole-origin entry. */
    private static String target(WhitelistEntry entry) {
        return entry.wholeOrigin() ? entry.display() + "/" : entry.display();
    }

    @Override
    public String authorizeUrl(Merchant merchant, MerchantApp app, ChannelKind channel, String redirectUri) {
        if (app.signKey() == null || !app.accepts(SignType.MD5)) {
            throw PayerIdException.invalid("the app has no shared key with MD5 enabled; the console cannot sign for it");
        }
        return SignedAuthorizeUrl.of(properties.publicBaseUrlWithoutSlash(), app, merchant.mchNo(), channel, "base",
                "try" + SignedAuthorizeUrl.hex(4), redirectUri, clock);
    }

    @Override
    public boolean verifies(MerchantApp app, Map<String, String> answer) {
        return SignedAnswer.verifies(app, answer);
    }
}
