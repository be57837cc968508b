package io.payerid.server.config;

import io.payerid.channels.http.UpstreamHttpSettings;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway's upstream HTTP clients connect ({@code payerid.upstream.http.*}); README
 * "Upstream HTTP clients" explains each and why the pool is large: requests run on virtual threads, so
 * the pool is the only bound on concurrent calls to a slow upstream.
 */
@ConfigurationProperties("payerid.upstream.http")
public record UpstreamHttpProperties(@DefaultValue("5000") int maxConnectionsPerRoute,
                                     @DefaultValue("10000") int maxConnectionsTotal,
                                     @DefaultValue("3s") Duration connectTimeout,
                                     @DefaultValue("8s") Duration readTimeout) {

    public UpstreamHttpSettings settings() {
        return new UpstreamHttpSettings(maxConnectionsPerRoute, maxConnectionsTotal, connectTimeout, readTimeout);
    }
}
