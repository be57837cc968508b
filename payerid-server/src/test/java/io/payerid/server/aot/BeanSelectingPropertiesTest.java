package io.payerid.server.aot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.mock.env.MockEnvironment;

class BeanSelectingPropertiesTest {

    @Test
    void snapshotWhenNothingSetThenEveryKeyUnset() {
        Map<String, String> values = BeanSelectingProperties.snapshot(new MockEnvironment());

        assertThat(values).containsOnlyKeys(Stream.concat(BeanSelectingProperties.BY_VALUE.stream(),
                BeanSelectingProperties.BY_PRESENCE.stream()).toList());
        assertThat(values.values()).containsOnly(BeanSelectingProperties.UNSET);
    }

    @Test
    void snapshotWhenPortSetThenPresenceNotValueRecorded() {
        MockEnvironment environment = new MockEnvironment().withProperty("payerid.sandbox.port", "19483")
                .withProperty("payerid.store.type", "redis");

        Map<String, String> values = BeanSelectingProperties.snapshot(environment);

        assertThat(values).containsEntry("payerid.sandbox.port", BeanSelectingProperties.SET)
                .containsEntry("payerid.store.type", "redis");
    }

    @Test
    void checkWhenSameSettingsAndOtherPortThenStarts() {
        Map<String, String> built = BeanSelectingProperties.snapshot(new MockEnvironment()
                .withProperty("payerid.sandbox.enabled", "false").withProperty("payerid.sandbox.port", "19483"));
        Map<String, String> running = BeanSelectingProperties.snapshot(new MockEnvironment()
                .withProperty("payerid.sandbox.enabled", "false").withProperty("payerid.sandbox.port", "29483"));

        assertThatNoException().isThrownBy(() -> BeanSelectingPropertiesGuard.check(built, running));
    }

    @Test
    void checkWhenRunTimeDiffersThenRefusedNamingEachProperty() {
        Map<String, String> built = BeanSelectingProperties.snapshot(new MockEnvironment()
                .withProperty("payerid.sandbox.enabled", "true"));
        Map<String, String> running = BeanSelectingProperties.snapshot(new MockEnvironment()
                .withProperty("payerid.sandbox.enabled", "false").withProperty("payerid.store.type", "redis"));

        assertThatIllegalStateException().isThrownBy(() -> BeanSelectingPropertiesGuard.check(built, running))
                .withMessageContaining("payerid.sandbox.enabled: built with true, started with false")
                .withMessageContaining("payerid.store.type: built with <unset>, started with redis");
    }

    @Test
    void builtWhenJarHasNoRecordThenRefusedWithTheProfileToUse() {
        ClassLoader empty = new ClassLoader(null) {
        };

        assertThatIllegalStateException().isThrownBy(() -> BeanSelectingPropertiesGuard.built(empty))
                .withMessageContaining("aot-cache profile");
    }

    @Test
    void renderWhenReadBackThenSameValues() throws IOException {
        Map<String, String> values = BeanSelectingProperties.snapshot(new MockEnvironment()
                .withProperty("management.server.port", "9090"));
        String rendered = BeanSelectingPropertiesRecorder.render(values);
        ClassLoader carrying = new ClassLoader(null) {
            @Override
            public java.io.InputStream getResourceAsStream(String name) {
                return name.equals(BeanSelectingProperties.RESOURCE)
                        ? new java.io.ByteArrayInputStream(rendered.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        : null;
            }
        };

        assertThat(BeanSelectingPropertiesGuard.built(carrying)).isEqualTo(new java.util.TreeMap<>(values));
    }

    /** A new {@code @ConditionalOnProperty} in PayerID's code must be listed, or AOT would bake it silently. */
    @Test
    void listWhenPayerIdCodeHasConditionalOnPropertyThenEveryNameListed() throws IOException {
        Set<String> names = conditionalPropertyNamesInMainCode();

        assertThat(names).isNotEmpty().contains("payerid.store.type");
        assertThat(Stream.concat(BeanSelectingProperties.BY_VALUE.stream(),
                BeanSelectingProperties.BY_PRESENCE.stream()).toList()).containsAll(names);
    }

    private static Set<String> conditionalPropertyNamesInMainCode() throws IOException {
        CachingMetadataReaderFactory readers = new CachingMetadataReaderFactory();
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:io/payerid/**/*.class")) {
            URL url = resource.getURL();
            if (url.toString().contains("/test-classes/")) {
                continue;
            }
            AnnotationMetadata type = readers.getMetadataReader(resource).getAnnotationMetadata();
            collect(type, names);
            type.getDeclaredMethods().forEach(method -> collect(method, names));
        }
        return names;
    }

    private static void collect(AnnotatedTypeMetadata element, Set<String> names) {
        element.getAnnotations().stream(ConditionalOnProperty.class).map(MergedAnnotation::synthesize)
                .forEach(condition -> Arrays.stream(condition.name().length > 0 ? condition.name() : condition.value())
                        .map(name -> condition.prefix().isEmpty() ? name : condition.prefix() + "." + name)
                        .forEach(names::add));
    }
}
