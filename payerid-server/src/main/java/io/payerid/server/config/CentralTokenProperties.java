package io.payerid.server.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The central access token ({@code payerid.central-token.*}).
 *
 * @param refreshMargin how long before a WeChat token expires the gateway replaces it (capped at half the
 *                      token's lifetime)
 */
@ConfigurationProperties("payerid.central-token")
public record CentralTokenProperties(@DefaultValue("5m") Duration refreshMargin) {
}
