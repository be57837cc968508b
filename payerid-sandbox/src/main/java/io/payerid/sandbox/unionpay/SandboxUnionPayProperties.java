package io.payerid.sandbox.unionpay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.payerid.sandbox.support.PropertyChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the UnionPay sandbox, bound from {@code payerid.sandbox.unionpay.*}. The sandbox as a whole is
 * switched on by {@code payerid.sandbox.enabled=true}.
 *
 * <pre>
 * payerid.sandbox.unionpay.base-path=/sandbox/unionpay
 * payerid.sandbox.unionpay.code-ttl=5m
 * payerid.sandbox.unionpay.require-unionpay-app=true
 * payerid.sandbox.unionpay.merchants[0].mch-id=101520000465
 * payerid.sandbox.unionpay.merchants[0].key=...
 * payerid.sandbox.unionpay.merchants[0].redirect-domains[0]=merchant.example
 * payerid.sandbox.unionpay.users[0].id=alice   (empty list = alice and bob)
 * </pre>
 */
@ConfigurationProperties(prefix = "payerid.sandbox.unionpay")
public class SandboxUnionPayProperties {

    private static final String PREFIX = "payerid.sandbox.unionpay.";

    /** A fixed development key: the sandbox's user_ids only need to be stable, never secret. */
    static final String DEV_SECRET = "payerid-sandbox-unionpay-dev-secret";

    /** Where the sandbox is mounted; must start with '/' and must not end with '/'. */
    private String basePath = "/sandbox/unionpay";

    /** Life of an unredeemed userAuthCode (UnionPay: 5 minutes). */
    private Duration codeTtl = Duration.ofMinutes(5);

    /**
     * When true, userAuth answers "请使用云闪付APP扫码" to browsers whose User-Agent has no {@code UnionPay/}
     * marker, as the real page does; false lets a desktop browser through for manual testing.
     */
    private boolean requireUnionpayApp = true;

    /** HMAC key from which user_ids are derived. */
    private String secret = DEV_SECRET;

    /** Acquirer merchants known at startup; more can be registered over HTTP. */
    private List<SandboxAcquirerMerchant> merchants = new ArrayList<>();

    /** Sandbox payers; when empty, alice and bob. */
    private List<SandboxCardholder> users = new ArrayList<>();

    public String getBasePath() {
        return basePath;
    }

    public void setBasePath(String basePath) {
        this.basePath = PropertyChecks.basePath(PREFIX + "base-path", basePath);
    }

    public Duration getCodeTtl() {
        return codeTtl;
    }

    public void setCodeTtl(Duration codeTtl) {
        this.codeTtl = PropertyChecks.positive(PREFIX + "code-ttl", codeTtl);
    }

    public boolean isRequireUnionpayApp() {
        return requireUnionpayApp;
    }

    public void setRequireUnionpayApp(boolean requireUnionpayApp) {
        this.requireUnionpayApp = requireUnionpayApp;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = PropertyChecks.notBlank(PREFIX + "secret", secret);
    }

    public List<SandboxAcquirerMerchant> getMerchants() {
        return merchants;
    }

    public void setMerchants(List<SandboxAcquirerMerchant> merchants) {
        this.merchants = PropertyChecks.orEmpty(merchants);
    }

    public List<SandboxCardholder> getUsers() {
        return users;
    }

    public void setUsers(List<SandboxCardholder> users) {
        this.users = PropertyChecks.orEmpty(users);
    }
}
