package io.payerid.sandbox.wechat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.payerid.sandbox.support.PropertyChecks;
import io.payerid.sandbox.support.SimulatorProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the WeChat OAuth2 sandbox, bound from {@code payerid.sandbox.wechat.*}.
 *
 * <p>The whole sandbox is switched on by {@code payerid.sandbox.enabled=true} (see
 * {@link SandboxWechatAutoConfiguration}); these properties only shape it.
 *
 * <pre>
 * payerid.sandbox.wechat.base-path=/sandbox/wechat
 * payerid.sandbox.wechat.code-ttl=5m
 * payerid.sandbox.wechat.strict-state=true
 * payerid.sandbox.wechat.base-token-ttl=7200s
 * payerid.sandbox.wechat.paid-union-id-window=5m
 * payerid.sandbox.wechat.apps[0].appid=wxsandbox0000001
 * payerid.sandbox.wechat.apps[0].secret=...
 * payerid.sandbox.wechat.apps[0].auth-domains[0]=merchant.example
 * payerid.sandbox.wechat.apps[0].open-platform-id=open-sandbox-1
 * payerid.sandbox.wechat.users[0].id=alice  (empty list = the three default users)
 * </pre>
 */
@ConfigurationProperties(prefix = "payerid.sandbox.wechat")
public class SandboxWechatProperties extends SimulatorProperties {

    /** A fixed development key: the sandbox's ids only need to be stable, never secret. */
    static final String DEV_SECRET = "payerid-sandbox-wechat-dev-secret";

    /** Life of a user access_token (WeChat: 7200 s). */
    private Duration accessTokenTtl = Duration.ofSeconds(7200);

    /** jscode2session calls each user may make per minute (WeChat: 100); beyond them WeChat answers 45011. */
    private int jsCodeLoginsPerMinute = 100;

    public int getJsCodeLoginsPerMinute() {
        return jsCodeLoginsPerMinute;
    }

    public void setJsCodeLoginsPerMinute(int jsCodeLoginsPerMinute) {
        this.jsCodeLoginsPerMinute = jsCodeLoginsPerMinute;
    }

    /** Life of a refresh_token, never extended by a refresh (WeChat: 30 days). */
    private Duration refreshTokenTtl = Duration.ofDays(30);

    /** Life of a base access_token from /cgi-bin/token and /cgi-bin/stable_token (WeChat: 7200 s). */
    private Duration baseTokenTtl = Duration.ofSeconds(7200);

    /** How long after a payment getpaidunionid still answers for it (WeChat: 5 minutes). */
    private Duration paidUnionIdWindow = Duration.ofMinutes(5);

    /** When true, state must match [A-Za-z0-9]*; the 128-byte limit applies either way. */
    private boolean strictState = true;

    /** HMAC key from which openids and unionids are derived. */
    private String secret = DEV_SECRET;

    /** Official Accounts known at startup; more can be registered over HTTP. */
    private List<SandboxWechatApp> apps = new ArrayList<>();

    /** Sandbox payers; when empty, alice, bob and the snapshot user are used. */
    private List<SandboxUser> users = new ArrayList<>();

    /** Mounted at /sandbox/wechat; an unredeemed authorization code lives 5 minutes, as WeChat's. */
    public SandboxWechatProperties() {
        super("payerid.sandbox.wechat", "/sandbox/wechat", Duration.ofMinutes(5));
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

    public Duration getBaseTokenTtl() {
        return baseTokenTtl;
    }

    public void setBaseTokenTtl(Duration baseTokenTtl) {
        this.baseTokenTtl = PropertyChecks.positive(property("base-token-ttl"), baseTokenTtl);
    }

    public Duration getPaidUnionIdWindow() {
        return paidUnionIdWindow;
    }

    public void setPaidUnionIdWindow(Duration paidUnionIdWindow) {
        this.paidUnionIdWindow = PropertyChecks.positive(property("paid-union-id-window"), paidUnionIdWindow);
    }

    public boolean isStrictState() {
        return strictState;
    }

    public void setStrictState(boolean strictState) {
        this.strictState = strictState;
    }

    public String getSecret() {
        return secret;
    }

    public void setSecret(String secret) {
        this.secret = PropertyChecks.notBlank(property("secret"), secret);
    }

    public List<SandboxWechatApp> getApps() {
        return apps;
    }

    public void setApps(List<SandboxWechatApp> apps) {
        this.apps = PropertyChecks.orEmpty(apps);
    }

    public List<SandboxUser> getUsers() {
        return users;
    }

    public void setUsers(List<SandboxUser> users) {
        this.users = PropertyChecks.orEmpty(users);
    }
}
