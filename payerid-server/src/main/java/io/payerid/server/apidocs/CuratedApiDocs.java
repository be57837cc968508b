package io.payerid.server.apidocs;

import io.swagger.v3.core.util.Yaml31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.PropertyResolver;

/**
 * The hand-written part of the API document ({@code openapi/payerid-curated.yaml}): info, tags, every
 * non-admin path with only the methods its contract defines, and examples. Path keys may hold property
 * placeholders (a dialect's configurable prefix), resolved against the running configuration.
 */
public final class CuratedApiDocs {

    static final String RESOURCE = "openapi/payerid-curated.yaml";

    private CuratedApiDocs() {
    }

    public static OpenAPI load(PropertyResolver properties) {
        OpenAPI curated = read();
        Map<String, PathItem> resolved = new LinkedHashMap<>();
        curated.getPaths().forEach((path, item) -> resolved.put(properties.resolveRequiredPlaceholders(path), item));
        curated.getPaths().clear();
        curated.getPaths().putAll(resolved);
        return curated;
    }

    private static OpenAPI read() {
        try (InputStream in = CuratedApiDocs.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return Yaml31.mapper().readValue(in, OpenAPI.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
