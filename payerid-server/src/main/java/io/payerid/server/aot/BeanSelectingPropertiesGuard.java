package io.payerid.server.aot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.springframework.aot.AotDetector;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * In AOT mode ({@code -Dspring.aot.enabled=true}) refuses to start when a {@link BeanSelectingProperties}
 * value differs from the one the build's AOT code was generated with, naming each; outside AOT mode it
 * does nothing. Runs before the context (an {@link EnvironmentPostProcessor}), so nothing has started yet.
 */
public class BeanSelectingPropertiesGuard implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (AotDetector.useGeneratedArtifacts()) {
            check(built(application.getClassLoader()), BeanSelectingProperties.snapshot(environment));
        }
    }

    static void check(Map<String, String> built, Map<String, String> running) {
        List<String> differences = BeanSelectingProperties.differences(built, running);
        if (!differences.isEmpty()) {
            throw new IllegalStateException("This build's Spring AOT bean definitions were generated for other "
                    + "settings (README \"Production start\": pass the same ones to the aot-cache build, or start "
                    + "without -Dspring.aot.enabled=true): " + String.join("; ", differences));
        }
    }

    static Map<String, String> built(ClassLoader classLoader) {
        try (InputStream in = classLoader.getResourceAsStream(BeanSelectingProperties.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("-Dspring.aot.enabled=true, but this jar has no "
                        + BeanSelectingProperties.RESOURCE + ": build it with the aot-cache profile");
            }
            Properties properties = new Properties();
            properties.load(in);
            Map<String, String> values = new TreeMap<>();
            properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
            return values;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
