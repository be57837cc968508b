package io.payerid.server.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings that only make sense on a developer's machine ({@code payerid.development.*}).
 *
 * @param allowPrivateTargets accept whitelist entries on plain http or on loopback, private, link-local
 *                            and other non-public hosts, and deliver callbacks to such addresses. Embedded
 *                            mode turns it on for its localhost demo merchant; production must leave it off.
 */
@ConfigurationProperties("payerid.development")
public record DevelopmentProperties(@DefaultValue("false") boolean allowPrivateTargets) {
}
