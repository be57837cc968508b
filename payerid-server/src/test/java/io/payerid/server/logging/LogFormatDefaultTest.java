package io.payerid.server.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class LogFormatDefaultTest {

    @Test
    void formatWhenUnsetThenPlainInEmbeddedModeAndEcsOutside() {
        assertThat(LogFormatDefault.format(null, true)).isEqualTo("plain");
        assertThat(LogFormatDefault.format(" ", false)).isEqualTo("ecs");
    }

    @Test
    void formatWhenConfiguredThenThatFormatInEitherMode() {
        assertThat(LogFormatDefault.format("Logstash", true)).isEqualTo("logstash");
        assertThat(LogFormatDefault.format("plain", false)).isEqualTo("plain");
    }

    @Test
    void postProcessWhenProductionThenBootStructuredConsoleFormatIsEcs() {
        StandardEnvironment environment = environment(Map.of("payerid.embedded.demo", "false"));
        new LogFormatDefault().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty(LogFormatDefault.BOOT_PROPERTY)).isEqualTo("ecs");
    }

    @Test
    void postProcessWhenEmbeddedThenNoStructuredFormat() {
        StandardEnvironment environment = environment(Map.of());
        new LogFormatDefault().postProcessEnvironment(environment, null);
        assertThat(environment.containsProperty(LogFormatDefault.BOOT_PROPERTY)).isFalse();
    }

    @Test
    void postProcessWhenBootPropertySetThenItWins() {
        StandardEnvironment environment = environment(Map.of("payerid.embedded.demo", "false",
                LogFormatDefault.BOOT_PROPERTY, "gelf"));
        new LogFormatDefault().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty(LogFormatDefault.BOOT_PROPERTY)).isEqualTo("gelf");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
