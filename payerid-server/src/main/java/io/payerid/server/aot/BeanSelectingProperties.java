package io.payerid.server.aot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.core.env.PropertyResolver;

/**
 * The properties that decide which beans exist, as opposed to how they are configured. Spring AOT
 * (README "Production start") evaluates {@code @ConditionalOnProperty} and its kin once, at build time, and
 * writes the resulting bean definitions as code: a different value at run time would be silently ignored
 * (a production node could keep the sandbox because the build ran on the embedded defaults). So the build
 * records what it saw ({@link BeanSelectingPropertiesRecorder}) and a start in AOT mode refuses to go on when
 * the run time disagrees ({@link BeanSelectingPropertiesGuard}).
 *
 * <p>Every {@code @ConditionalOnProperty} name in PayerID's own code must be listed here (a test reads them all);
 * the Spring Boot and springdoc ones are those the README documents as choices of deployment.
 */
public final class BeanSelectingProperties {

    /** Where the build's values travel inside the jar. */
    public static final String RESOURCE = "META-INF/payerid/aot-bean-selecting.properties";

    /** Compared by value: any difference selects other beans. */
    static final List<String> BY_VALUE = List.of(
            "payerid.sandbox.enabled",
            "payerid.embedded.demo",
            "payerid.store.type",
            "payerid.retention.enabled",
            "spring.threads.virtual.enabled",
            "management.server.port",
            "springdoc.use-management-port",
            "springdoc.api-docs.enabled",
            "springdoc.swagger-ui.enabled");

    /** Compared by presence: a condition asks whether they are set, the bean reads the value at run time. */
    static final List<String> BY_PRESENCE = List.of("payerid.sandbox.port");

    static final String SET = "<set>";
    static final String UNSET = "<unset>";

    private BeanSelectingProperties() {
    }

    /** What the given environment says about each bean-selecting property, in a stable order. */
    public static Map<String, String> snapshot(PropertyResolver environment) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : BY_VALUE) {
            values.put(key, Objects.requireNonNullElse(environment.getProperty(key), UNSET));
        }
        for (String key : BY_PRESENCE) {
            values.put(key, environment.containsProperty(key) ? SET : UNSET);
        }
        return values;
    }

    /** One line per property whose run-time value differs from the build's, naming both. */
    public static List<String> differences(Map<String, String> built, Map<String, String> running) {
        return running.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(built.getOrDefault(entry.getKey(), UNSET)))
                .map(entry -> entry.getKey() + ": built with " + built.getOrDefault(entry.getKey(), UNSET)
                        + ", started with " + entry.getValue())
                .toList();
    }
}
