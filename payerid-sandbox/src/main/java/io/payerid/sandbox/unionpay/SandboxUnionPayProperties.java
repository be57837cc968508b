package io.payerid.sandbox.unionpay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.payerid.sandbox.support.PropertyChecks;
import io.payerid.sandbox.support.SimulatorProperties;
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
public class SandboxUnionPayProperties extends SimulatorProperties {

    /** A fixed development key: the sandbox's user_ids only need to be stable, never secret. */
    static final String DEV_SECRET = "payerid-sandbox-unionpay-dev-secret";

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

    /** Mounted at /sandbox/unionpay; an unredeemed userAuthCode lives 5 minutes, as UnionPay's. */
    public SandboxUnionPayProperties() {
        super("payerid.sandbox.unionpay", "/sandbox/unionpay", Duration.ofMinutes(5));
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
        this.secret = PropertyChecks.notBlank(property("secret"), secret);
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
