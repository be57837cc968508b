package io.payerid.server.config;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The gateway's own settings ({@code payerid.*}). Every secret may be left empty in embedded mode,
 * where it is generated once into {@code data-dir}; production sets them explicitly.
 *
 * @param dataDir         where embedded mode keeps its H2 database and generated keys
 * @param publicBaseUrl   the gateway's externally visible base URL (the authorised OAuth domain)
 * @param masterKey       Base64 of 32 random bytes: encrypts secrets at rest and derives the seal key
 * @param masterKeyId     id written beside everything encrypted under {@code masterKey}
 * @param operatorToken   bearer token of the admin API
 * @param requestWindow   how far a signed request's timestamp may be from now
 * @param flowTtl         how long a payer has to finish an authorization
 * @param nonceRetryGrace how long after a nonce's first use the identical signed browser entry is served
 *                        again (a proxy's retry after a node died); zero turns it off
 */
@ConfigurationProperties("payerid")
public record PayerIdProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        String masterKey,
        @DefaultValue("k1") String masterKeyId,
        String operatorToken,
        @DefaultValue("5m") Duration requestWindow,
        @DefaultValue("10m") Duration flowTtl,
        @DefaultValue("5s") Duration nonceRetryGrace) {

    public String publicBaseUrlWithoutSlash() {
        return publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }
}
