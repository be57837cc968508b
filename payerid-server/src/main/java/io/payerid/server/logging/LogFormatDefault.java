package io.payerid.server.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the console log format from one property, {@code payerid.log-format}: {@code plain} (Spring Boot's
 * text lines), or a JSON format of Spring Boot's structured logging ({@code ecs}, {@code logstash},
 * {@code gelf}). Unset, it is {@code plain} in embedded mode (a person reads the console) and {@code ecs}
 * otherwise (a log pipeline reads it). Runs before the logging system starts, which reads
 * {@code logging.structured.format.console}; an operator who sets that Boot property directly wins.
 */
public class LogFormatDefault implements EnvironmentPostProcessor {

    static final String PROPERTY = "payerid.log-format";
    static final String BOOT_PROPERTY = "logging.structured.format.console";
    static final String PLAIN = "plain";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(BOOT_PROPERTY)) {
            return;
        }
        String format = format(environment.getProperty(PROPERTY),
                environment.getProperty("payerid.embedded.demo", Boolean.class, true));
        if (!format.equals(PLAIN)) {
            environment.getPropertySources().addLast(new MapPropertySource("payerid-log-format",
                    Map.of(BOOT_PROPERTY, format)));
        }
    }

    /** The format to use: the configured one, else plain in embedded mode and ECS JSON outside it. */
    static String format(String configured, boolean embedded) {
        if (configured == null || configured.isBlank()) {
            return embedded ? PLAIN : "ecs";
        }
        return configured.trim().toLowerCase(Locale.ROOT);
    }
}
