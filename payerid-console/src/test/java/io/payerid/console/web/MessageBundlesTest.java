package io.payerid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The console speaks Chinese by default and English on request: both bundles must name the same keys, and every
 * literal {@code #{key}} a template uses must exist, or a page shows "??key_zh_CN??" in one language only.
 */
class MessageBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/console/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void bundlesWhenComparedThenChineseAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> chinese = new TreeSet<>(bundle("messages.properties").stringPropertyNames());
        Set<String> english = new TreeSet<>(bundle("messages_en.properties").stringPropertyNames());

        assertThat(new TreeSet<>(chinese)).as("keys missing in English").containsAll(english);
        assertThat(new TreeSet<>(english)).as("keys missing in Chinese").containsAll(chinese);
    }

    @Test
    void templatesWhenTheyNameAKeyThenTheBundleHasIt() throws IOException {
        Set<String> keys = bundle("messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/console/*.html")) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            Matcher key = LITERAL_KEY.matcher(html);
            while (key.find()) {
                if (!keys.contains(key.group(1))) {
                    missing.add(template.getFilename() + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
