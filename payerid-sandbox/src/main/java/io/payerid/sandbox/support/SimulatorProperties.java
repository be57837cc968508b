package io.payerid.sandbox.support;

import java.time.Duration;

/**
 * What every simulator's {@code payerid.sandbox.<upstream>.*} settings have: where it is mounted
 * ({@code base-path}, '/'-led, no trailing '/') and how long an unredeemed code lives ({@code code-ttl}),
 * both checked when bound. Each subclass adds its upstream's own settings and documents its defaults.
 */
public abstract class SimulatorProperties {

    private final String prefix;
    private String basePath;
    private Duration codeTtl;

    /**
     * @param prefix   the settings' prefix, e.g. {@code payerid.sandbox.wechat}
     * @param basePath the default mount point
     * @param codeTtl  the default code lifetime, the upstream's own
     */
    protected SimulatorProperties(String prefix, String basePath, Duration codeTtl) {
        this.prefix = prefix;
        this.basePath = basePath;
        this.codeTtl = codeTtl;
    }

    public String getBasePath() {
        return basePath;
    }

    public void setBasePath(String basePath) {
        this.basePath = PropertyChecks.basePath(property("base-path"), basePath);
    }

    public Duration getCodeTtl() {
        return codeTtl;
    }

    public void setCodeTtl(Duration codeTtl) {
        this.codeTtl = PropertyChecks.positive(property("code-ttl"), codeTtl);
    }

    /** The full name of one of these settings, for error messages. */
    protected String property(String name) {
        return prefix + "." + name;
    }
}
