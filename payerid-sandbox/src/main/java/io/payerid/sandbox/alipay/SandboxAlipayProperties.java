package io.payerid.sandbox.alipay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.payerid.sandbox.support.PropertyChecks;
import io.payerid.sandbox.support.SimulatorProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Alipay sandbox, bound from {@code payerid.sandbox.alipay.*}; the sandbox as a whole is
 * switched on by {@code payerid.sandbox.enabled=true}.
 *
 * <pre>
 * payerid.sandbox.alipay.base-path=/sandbox/alipay
 * payerid.sandbox.alipay.code-ttl=3m
 * payerid.sandbox.alipay.private-key=MIIEv...   (empty = a key pair generated at startup)
 * payerid.sandbox.alipay.key-file=./data/sandbox-alipay.key   (without private-key: kept there across restarts)
 * payerid.sandbox.alipay.apps[0].app-id=2021000000000001
 * payerid.sandbox.alipay.apps[0].app-public-key=MIIBIj...
 * payerid.sandbox.alipay.apps[0].callback-domains[0]=merchant.example
 * payerid.sandbox.alipay.apps[0].identity-mode=open_id   (open_id | user_id | both)
 * payerid.sandbox.alipay.apps[0].app-group-id=group-1    (makes union_id appear)
 * payerid.sandbox.alipay.users[0].id=alice               (empty list = the default users)
 * </pre>
 */
@ConfigurationProperties(prefix = "payerid.sandbox.alipay")
public class SandboxAlipayProperties extends SimulatorProperties {

    /** A fixed development key: the sandbox's ids only need to be stable, never secret. */
    static final String DEV_SECRET = "payerid-sandbox-alipay-dev-secret";

    /** access_token life, returned as expires_in (Alipay commonly 1296000 s). */
    private Duration accessTokenTtl = Duration.ofSeconds(1_296_000);

    /** refresh_token life, returned as re_expires_in (Alipay commonly 2592000 s). */
    private Duration refreshTokenTtl = Duration.ofSeconds(2_592_000);

    /** Escape '/' as {@code \/} in answers, as Alipay does. */
    private boolean escapeSlashes = true;

    /** The sandbox's own Alipay private key (PKCS#8 Base64); empty = generated at startup. */
    private String privateKey = "";

    /**
     * Without {@link #privateKey}: where the generated key is kept, so a restart neither spends an RSA key
     * generation (a tenth of a start) nor changes the key clients verify with; empty = a new key every start.
     */
    private String keyFile = "";

    /** HMAC key from which user_ids, open_ids and union_ids are derived. */
    private String secret = DEV_SECRET;

    private List<SandboxAlipayApp> apps = new ArrayList<>();

    private List<SandboxAlipayUser> users = new ArrayList<>();

    /**
     * Mounted at /sandbox/alipay; an unredeemed auth_code lives 3 minutes, Alipay's shortest, unless the app
     * sets its own (Alipay: 3 minutes to 24 hours).
     */
    public SandboxAlipayProperties() {
        super("payerid.sandbox.alipay", "/sandbox/alipay", Duration.ofMinutes(3));
    }

    public Duration getAccessTokenTtl() {
        return accessTokenTtl;
    }

    public void setAccessTokenTtl(Duration accessTokenTtl) {
        this.accessTokenTtl = PropertyChecks.positive(property("access-token-ttl"), accessTokenTtl);
    }

    public Duration getRefreshTokenTtl() {
        return refreshTokenTtl;
    }

    public void setRefreshTokenTtl(Duration refreshTokenTtl) {
        this.refreshTokenTtl = PropertyChecks.positive(property("refresh-token-ttl"), refreshTokenTtl);
    }

    public boolean isEscapeSlashes() {
        return escapeSlashes;
    }

    public void setEscapeSlashes(boolean escapeSlashes) {
        this.escapeSlashes = escapeSlashes;
    }

    public String getPrivateKey() {
        return privateKey;
    }

    public void setPrivateKey(String privateKey) {
        this.privateKey = privateKey == null ? "" : privateKey;
    }

    public String getKeyFile() {
        return keyFile;
    }

    public void setKeyFile(String keyFile) {
        this.keyFile = keyFile == null ? "" : keyFile;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = PropertyChecks.notBlank(property("secret"), secret);
    }

    public List<SandboxAlipayApp> getApps() {
        return apps;
    }

    public void setApps(List<SandboxAlipayApp> apps) {
        this.apps = PropertyChecks.orEmpty(apps);
    }

    public List<SandboxAlipayUser> getUsers() {
        return users;
    }

    public void setUsers(List<SandboxAlipayUser> users) {
        this.users = PropertyChecks.orEmpty(users);
    }
}
