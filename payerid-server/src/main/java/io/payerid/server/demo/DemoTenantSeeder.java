package io.payerid.server.demo;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.MerchantApp;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WechatOfficialAccount;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.admin.OperatorToken;
import io.payerid.server.config.OwnerOnlyFiles;
import io.payerid.server.config.PayerIdProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Embedded mode's demo: an institution, a merchant, an app, the institution's WeChat official account
 * (registered in the sandbox) and a whitelist entry for the demo merchant's pages. Idempotent: a restart
 * reuses what the data directory holds. Writes {@code demo.json} for scripts and prints a summary.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "payerid.embedded.demo", havingValue = "true")
public class DemoTenantSeeder implements ApplicationRunner {

    private final TenantDirectory directory;
    private final TenantAdmin admin;
    private final PayerIdProperties properties;
    private final OperatorToken operatorToken;
    private final ObjectProvider<SandboxWechatApps> sandboxApps;
    private final JsonMapper json;
    private final boolean operatorTokenConfigured;
    private final ConsoleAccounts consoleAccounts;

    public DemoTenantSeeder(TenantDirectory directory, TenantAdmin admin, PayerIdProperties properties,
                            OperatorToken operatorToken, ObjectProvider<SandboxWechatApps> sandboxApps, JsonMapper json,
                            @Value("${payerid.operator-token:}") String configuredToken, ConsoleAccounts consoleAccounts) {
        this.directory = directory;
        this.admin = admin;
        this.properties = properties;
        this.operatorToken = operatorToken;
        this.sandboxApps = sandboxApps;
        this.json = json;
        this.operatorTokenConfigured = !configuredToken.isBlank();
        this.consoleAccounts = consoleAccounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoCredentials credentials = seed();
        write(properties.dataDir().resolve("demo.json"), credentials);
        printSummary(credentials, whitelistSummary());
    }

    /** Creates what is missing and returns the demo's credentials. */
    public DemoCredentials seed() {
        Institution institution = directory.institutionByInstNo(DemoTenant.INST_NO)
                .orElseGet(() -> admin.createInstitution(DemoTenant.INST_NO, "演示机构", Secret.of(DemoChannels.randomHex(16))));
        Merchant merchant = directory.merchantByMchNo(DemoTenant.MCH_NO)
                .orElseGet(() -> admin.createMerchant(institution.id(), DemoTenant.MCH_NO, "演示商户", true));
        MerchantApp app = directory.appByAppId(DemoTenant.APP_ID)
                .orElseGet(() -> admin.createApp(merchant.id(), DemoTenant.APP_ID, Secret.of(DemoChannels.randomHex(16)), null,
                        Set.of(SignType.MD5, SignType.HMAC_SHA256)));
        WechatOfficialAccount account = WechatOfficialAccount.from(DemoChannels.ensure(admin, OwnerType.INSTITUTION,
                institution.id(), ChannelKind.WECHAT_OA, ChannelMode.SERVICE_PROVIDER,
                Map.of(WechatOfficialAccount.APP_ID, DemoTenant.WECHAT_APP_ID),
                () -> Map.of(WechatOfficialAccount.APP_SECRET, Secret.of(DemoChannels.randomHex(16)))));
        String base = properties.publicBaseUrlWithoutSlash();
        String redirectUri = base + "/demo/return";
        if (directory.whitelist(merchant.id()).isEmpty()) {
            URI b = URI.create(base);
            admin.addWhitelistEntry(merchant.id(), b.getScheme(), b.getHost(), b.getPort(), "/demo/");
        }
        registerInSandbox(account, URI.create(base).getHost());
        DemoConsoleAccounts.Logins logins = DemoConsoleAccounts.ensure(consoleAccounts, properties.dataDir(), merchant);
        return new DemoCredentials(base, operatorTokenConfigured ? null : operatorToken.value(), institution.instNo(),
                institution.signKey() == null ? null : institution.signKey().reveal(), merchant.mchNo(), app.appId(),
                app.signKey().reveal(), redirectUri, base + "/demo", logins.adminUser(), logins.adminPassword(),
                logins.merchantUser(), logins.merchantPassword());
    }

    /**
     * The demo merchant's whitelist as it is stored (an operator may have changed it), each entry with what
     * it admits: a prefix admits every path below it on a segment boundary, not only the example redirect.
     */
    private String whitelistSummary() {
        return directory.merchantByMchNo(DemoTenant.MCH_NO)
                .map(merchant -> directory.whitelist(merchant.id()).stream()
                        .map(entry -> entry.wholeOrigin() ? entry.display() + " (every path of this origin)"
                                : entry.display() + " (and every path below it)")
                        .collect(java.util.stream.Collectors.joining(", ")))
                .filter(list -> !list.isEmpty())
                .orElse("nothing (every redirect is refused)");
    }

    /** The sandbox plays the official account: it must know its secret and our host as its OAuth domain. */
    private void registerInSandbox(WechatOfficialAccount account, String gatewayHost) {
        SandboxWechatApps apps = sandboxApps.getIfAvailable();
        if (apps != null) {
            apps.register(new SandboxWechatApp(account.appId(), account.appSecret().reveal(), List.of(gatewayHost),
                    DemoTenant.OPEN_PLATFORM_ID, DemoTenant.WECHAT_ACCOUNT_NAME));
        }
    }

    private void write(Path file, DemoCredentials credentials) {
        try {
            OwnerOnlyFiles.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(credentials));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Printed to standard output, not the log: these are generated development credentials the
     * person who just started embedded mode needs, and log pipelines must never receive secrets.
     */
    private void printSummary(DemoCredentials c, String whitelist) {
        String token = c.operatorToken() == null ? "(configured by payerid.operator-token)" : c.operatorToken();
        System.out.printf("""

                ==================== PayerID embedded mode ====================
                  Demo page (open in a browser):  %s
                  Operator token (admin API):     %s
                  Demo merchant:  mchNo=%s  appId=%s  key=%s
                  Demo institution: instNo=%s  key=%s
                  Example redirect:               %s
                  Console (open in a browser):    %s/console
                    platform admin:  %s / %s
                    demo merchant:   %s / %s
                  Whitelisted for %s: %s
                  All of the above, for scripts:  %s
                ================================================================

                """, c.demoUrl(), token, c.mchNo(), c.appId(), c.appKey(), c.instNo(), c.institutionKey(),
                c.redirectUri(), c.baseUrl(), c.consoleUser(), c.consolePassword(), c.merchantConsoleUser(),
                c.merchantConsolePassword(), c.mchNo(), whitelist,
                properties.dataDir().resolve("demo.json").toAbsolutePath().normalize());
    }

}
