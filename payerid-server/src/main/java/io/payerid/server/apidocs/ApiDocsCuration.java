package io.payerid.server.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Merges {@link CuratedApiDocs} into the document springdoc generates. Springdoc sees only annotated
 * REST handlers, with every HTTP method a catch-all mapping accepts and no idea of the signed contracts,
 * so every non-admin path is taken from the curated document as written (the controllers still accept
 * what they accepted; only the document is curated). Admin paths keep their generated schemas and get
 * the curated examples on top.
 */
class ApiDocsCuration implements OpenApiCustomizer {

    static final String ADMIN_PREFIX = "/admin/";
    /** Error answers and the embedded demo merchant are no part of the API. */
    private static final List<String> UNDOCUMENTED_PREFIXES = List.of("/error", "/demo");

    private final Supplier<OpenAPI> curatedDocument;
    private final String publicBaseUrl;
    private final String version;

    /** {@code curatedDocument} gives a fresh copy each time: the generated document takes its objects over. */
    ApiDocsCuration(Supplier<OpenAPI> curatedDocument, String publicBaseUrl, String version) {
        this.curatedDocument = curatedDocument;
        this.publicBaseUrl = publicBaseUrl;
        this.version = version;
    }

    @Override
    public void customise(OpenAPI generated) {
        OpenAPI curated = curatedDocument.get();
        generated.setInfo(curated.getInfo().version(version));
        generated.setServers(List.of(new Server().url(publicBaseUrl).description("this gateway")));
        generated.getPaths().keySet().removeIf(path -> UNDOCUMENTED_PREFIXES.stream().anyMatch(path::startsWith));
        curated.getPaths().forEach((path, item) -> {
            PathItem existing = generated.getPaths().get(path);
            if (path.startsWith(ADMIN_PREFIX) && existing != null) {
                addExamples(existing, item);
            } else if (!path.startsWith(ADMIN_PREFIX)) {
                generated.getPaths().put(path, item);
            }
        });
        mergeComponents(curated, generated);
        generated.setTags(declaredTags(curated, generated));
    }

    /** The curated areas first, then the admin controllers' own tags, each once, so every used tag is declared. */
    private static List<Tag> declaredTags(OpenAPI curated, OpenAPI generated) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        curated.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        new TreeSet<>(generated.getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getTags() == null ? Stream.<String>empty() : operation.getTags().stream())
                .toList())
                .forEach(name -> tags.putIfAbsent(name, new Tag().name(name)));
        return new ArrayList<>(tags.values());
    }

    private static void addExamples(PathItem generated, PathItem curated) {
        for (Map.Entry<PathItem.HttpMethod, Operation> entry : curated.readOperationsMap().entrySet()) {
            Operation target = generated.readOperationsMap().get(entry.getKey());
            Operation source = entry.getValue();
            if (target == null || source.getRequestBody() == null || target.getRequestBody() == null) {
                continue;
            }
            copyExamples(source.getRequestBody().getContent(), target.getRequestBody().getContent());
        }
    }

    private static void copyExamples(Content from, Content to) {
        from.forEach((type, media) -> {
            MediaType existing = to.get(type);
            if (existing == null) {
                to.addMediaType(type, media);
            } else {
                existing.setExample(media.getExample());
            }
        });
    }

    private static void mergeComponents(OpenAPI curated, OpenAPI generated) {
        Components from = curated.getComponents();
        if (from == null || from.getResponses() == null) {
            return;
        }
        if (generated.getComponents() == null) {
            generated.setComponents(new Components());
        }
        from.getResponses().forEach(generated.getComponents()::addResponses);
    }
}
