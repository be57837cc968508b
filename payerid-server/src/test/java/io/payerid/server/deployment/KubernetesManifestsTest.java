package io.payerid.server.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.config.PayerIdProperties;
import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesBean;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.yaml.snakeyaml.Yaml;

/**
 * The Kubernetes manifests under docs/ops/k8s are parsed and held against the running gateway: the probes
 * must hit the public health groups on the port the container declares and the application listens on,
 * every Secret/ConfigMap reference must name a key that exists, and every environment variable must bind
 * (by Spring Boot's relaxed rules) to a property the application really has.
 */
class KubernetesManifestsTest extends GatewayTest {

    private static final Path MANIFESTS = Path.of("..", "docs", "ops", "k8s");
    /** Variables that are not Spring properties, and who reads them. */
    private static final Map<String, String> NON_PROPERTY_VARIABLES = Map.of("JAVA_OPTS", "the image's entrypoint");

    private static final Pattern VALUE_PLACEHOLDER = Pattern.compile("@Value\\(\"\\$\\{([a-z0-9.-]+)[:}]");

    @Autowired
    private ApplicationContext context;

    @Test
    void probesWhenParsedThenHitThePublicHealthGroupsOnTheListeningPort() throws Exception {
        Map<String, Object> container = container();
        Map<String, Object> port = only(list(container, "ports"));
        assertThat(port.get("containerPort")).isEqualTo(Integer.parseInt(applicationYamlServerPort()));

        Map<String, String> expected = Map.of("livenessProbe", "/actuator/health/liveness",
                "readinessProbe", "/actuator/health/readiness", "startupProbe", "/actuator/health/liveness");
        for (Map.Entry<String, String> probe : expected.entrySet()) {
            Map<String, Object> httpGet = map(map(container, probe.getKey()), "httpGet");
            assertThat(httpGet.get("path")).as(probe.getKey()).isEqualTo(probe.getValue());
            assertThat(httpGet.get("port")).as(probe.getKey()).isEqualTo(port.get("name"));
            assertThat(anonymousGet(probe.getValue()).statusCode()).as(probe.getValue()).isEqualTo(200);
        }
    }

    @Test
    void serviceWhenParsedThenSelectsThePodsAndTargetsTheNamedPort() throws IOException {
        Map<String, Object> service = manifest("Service", "payerid");
        Map<String, Object> deployment = manifest("Deployment", "payerid");
        Map<String, Object> podLabels = map(map(map(deployment, "spec"), "template"), "metadata");
        assertThat(map(podLabels, "labels")).containsAllEntriesOf(map(map(service, "spec"), "selector"));
        assertThat(map(map(deployment, "spec"), "selector").get("matchLabels")).isEqualTo(map(podLabels, "labels"));
        Object targetPort = only(list(map(service, "spec"), "ports")).get("targetPort");
        assertThat(targetPort).isEqualTo(only(list(container(), "ports")).get("name"));
    }

    @Test
    void referencesWhenResolvedThenEveryConfigMapAndSecretKeyExists() throws IOException {
        Map<String, String> environment = containerEnvironment();
        assertThat(environment).containsKeys("PAYERID_MASTER_KEY", "PAYERID_OPERATOR_TOKEN",
                "PAYERID_PLATFORM_PRIVATE_KEY", "SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_PASSWORD");
        for (Map<String, Object> variable : list(container(), "env")) {
            Map<String, Object> secretRef = map(map(variable, "valueFrom"), "secretKeyRef");
            assertThat(secretRef).as("%s comes from the Secret", variable.get("name")).isNotEmpty();
        }
    }

    @Test
    void environmentWhenBoundThenSetsRealApplicationProperties() throws IOException {
        Map<String, String> variables = containerEnvironment();
        StandardEnvironment node = environmentOf(variables);

        PayerIdProperties bound = Binder.get(node).bind("payerid", PayerIdProperties.class).get();
        assertThat(bound.masterKey()).isEqualTo(secretValue("master-key"));
        assertThat(bound.operatorToken()).isEqualTo(secretValue("operator-token"));
        assertThat(bound.publicBaseUrl()).startsWith("https://");

        for (String name : variables.keySet()) {
            if (NON_PROPERTY_VARIABLES.containsKey(name)) {
                continue;
            }
            String property = applicationPropertyFor(name, variables.get(name));
            assertThat(property).as("%s binds to no property the application has", name).isNotNull();
            assertThat(node.getProperty(property)).as(name).isEqualTo(variables.get(name));
        }
        assertThat(node.getProperty("payerid.sandbox.enabled")).isEqualTo("false");
        assertThat(node.getProperty("payerid.embedded.demo")).isEqualTo("false");
        assertThat(node.getProperty("payerid.development.allow-private-targets")).isEqualTo("false");
    }

    @Test
    void imageWhenBuiltThenRunsAsTheManifestsUserAndReadsJavaOpts() throws IOException {
        String dockerfile = Files.readString(Path.of("..", "docs", "ops", "Dockerfile"));
        Map<String, Object> podSecurity = map(map(map(manifest("Deployment", "payerid"), "spec"), "template"), "spec");
        Object user = map(podSecurity, "securityContext").get("runAsUser");
        assertThat(dockerfile).contains("USER " + user + ":").contains("$JAVA_OPTS").contains("EXPOSE "
                + only(list(container(), "ports")).get("containerPort"));
    }

    /**
     * The property of the running application that an environment variable sets, by Spring Boot's own
     * relaxed binding: one of its {@code application.yml} keys or a component of one of its
     * {@code @ConfigurationProperties} records that an environment holding only this variable resolves.
     */
    private String applicationPropertyFor(String variable, String value) throws IOException {
        StandardEnvironment alone = environmentOf(Map.of(variable, value));
        for (String property : applicationProperties()) {
            if (alone.containsProperty(property)) {
                return property;
            }
        }
        return null;
    }

    private List<String> applicationProperties() throws IOException {
        List<String> properties = new ArrayList<>(applicationYamlKeys());
        properties.addAll(valuePlaceholders());
        for (ConfigurationPropertiesBean bean : ConfigurationPropertiesBean.getAll(context).values()) {
            String prefix = bean.getAnnotation().prefix();
            Class<?> type = bean.getInstance().getClass();
            if (!prefix.isEmpty() && type.isRecord()) {
                for (RecordComponent component : type.getRecordComponents()) {
                    properties.add(prefix + "." + component.getName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase());
                }
            }
        }
        return properties;
    }

    /** Properties the main sources read with {@code @Value("${name:default}")}. */
    private static List<String> valuePlaceholders() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher placeholder = VALUE_PLACEHOLDER.matcher(Files.readString(source));
                while (placeholder.find()) {
                    names.add(placeholder.group(1));
                }
            }
        }
        return names;
    }

    private static StandardEnvironment environmentOf(Map<String, String> variables) {
        StandardEnvironment node = new StandardEnvironment();
        node.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        node.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        new LinkedHashMap<>(variables)));
        ConfigurationPropertySources.attach(node);
        return node;
    }

    private Map<String, String> containerEnvironment() throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        Map<String, Object> container = container();
        for (Map<String, Object> source : list(container, "envFrom")) {
            String name = (String) map(source, "configMapRef").get("name");
            assertThat(name).as("envFrom reads only ConfigMaps").isNotNull();
            map(manifest("ConfigMap", name), "data").forEach((key, value) -> environment.put(key, (String) value));
        }
        for (Map<String, Object> variable : list(container, "env")) {
            Map<String, Object> ref = map(map(variable, "valueFrom"), "secretKeyRef");
            Map<String, Object> secret = manifest("Secret", (String) ref.get("name"));
            Object value = map(secret, "stringData").get(ref.get("key"));
            assertThat(value).as("Secret %s has key %s", ref.get("name"), ref.get("key")).isNotNull();
            environment.put((String) variable.get("name"), (String) value);
        }
        return environment;
    }

    private String secretValue(String key) throws IOException {
        return (String) map(manifest("Secret", "payerid-secrets"), "stringData").get(key);
    }

    private Map<String, Object> container() throws IOException {
        Map<String, Object> podSpec = map(map(map(manifest("Deployment", "payerid"), "spec"), "template"), "spec");
        return only(list(podSpec, "containers"));
    }

    private static Map<String, Object> manifest(String kind, String name) throws IOException {
        List<Map<String, Object>> found = new ArrayList<>();
        for (Map<String, Object> document : manifests()) {
            if (kind.equals(document.get("kind")) && name.equals(map(document, "metadata").get("name"))) {
                found.add(document);
            }
        }
        assertThat(found).as("%s %s in %s", kind, name, MANIFESTS).hasSize(1);
        return found.getFirst();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> manifests() throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(MANIFESTS, "*.yaml")) {
            for (Path file : files) {
                try (Reader reader = Files.newBufferedReader(file)) {
                    for (Object document : new Yaml().loadAll(reader)) {
                        documents.add((Map<String, Object>) Objects.requireNonNull(document, file.toString()));
                    }
                }
            }
        }
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static String applicationYamlServerPort() throws IOException {
        return String.valueOf(((Map<String, Object>) applicationYaml().get("server")).get("port"));
    }

    private static Map<String, Object> applicationYaml() throws IOException {
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.yml"))) {
            return new Yaml().load(reader);
        }
    }

    private static List<String> applicationYamlKeys() throws IOException {
        List<String> keys = new ArrayList<>();
        flatten("", applicationYaml(), keys);
        return keys;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Map<String, Object> node, List<String> keys) {
        node.forEach((key, value) -> {
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?> child) {
                flatten(path, (Map<String, Object>) child, keys);
            } else {
                keys.add(path);
            }
        });
    }

    private static HttpResponse<String> anonymousGet(String path) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent == null ? null : parent.get(key);
        return value instanceof Map<?, ?> child ? (Map<String, Object>) child : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value instanceof List<?> items ? (List<Map<String, Object>>) items : List.of();
    }

    private static Map<String, Object> only(List<Map<String, Object>> items) {
        assertThat(items).hasSize(1);
        return items.getFirst();
    }
}
