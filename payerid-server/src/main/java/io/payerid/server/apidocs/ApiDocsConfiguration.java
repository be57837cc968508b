package io.payerid.server.apidocs;

import io.payerid.server.config.PayerIdProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The curated OpenAPI document at {@code /v3/api-docs} (operator token required, see OperatorAuthFilter).
 * Its version is the build's ({@code META-INF/build-info.properties}), or "development" when run from an
 * IDE without one.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenApiCustomizer payerIdApiDocsCuration(Environment environment, PayerIdProperties properties,
                                             ObjectProvider<BuildProperties> build) {
        BuildProperties info = build.getIfAvailable();
        String version = info == null ? "development" : info.getVersion();
        return new ApiDocsCuration(() -> CuratedApiDocs.load(environment), properties.publicBaseUrlWithoutSlash(), version);
    }
}
