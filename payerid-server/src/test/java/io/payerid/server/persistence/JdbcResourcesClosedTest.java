package io.payerid.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every JDBC result is closed by construction: the gateway reads lists (closed by Spring before they are
 * returned), never a {@code Stream} over an open result set, which holds its connection until someone closes
 * it. One such stream in the callback list once let ten admin calls exhaust the pool. This test reads the
 * main sources, so a new stream fails the build before it reaches a pool.
 */
class JdbcResourcesClosedTest {

    /** {@code jdbc.sql(..)...query(..).stream()}, {@code queryForStream(..)}, or a raw {@code getConnection()} call. */
    private static final Pattern OPEN_RESOURCE = Pattern.compile(
            "\\.query\\([^;]*?\\)\\s*\\.stream\\(\\)|queryForStream\\(|\\.getConnection\\(\\)\\s*;");

    @Test
    void mainSourcesWhenReadThenNoQueryStreamsAndNoUnmanagedConnections() throws IOException {
        Path main = Path.of("src/main/java");
        assertThat(main).isDirectory();
        List<String> offenders;
        try (Stream<Path> files = Files.walk(main)) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> OPEN_RESOURCE.matcher(read(f)).find())
                    .map(Path::toString).toList();
        }
        assertThat(offenders).as("JDBC streams or connections that nothing closes by construction").isEmpty();
    }

    @Test
    void patternWhenTheOldCallbackListIsReadThenItIsCaught() {
        String old = """
                return jdbc.sql("SELECT * FROM callback_outbox" + where + " ORDER BY created_at DESC")
                        .query(CallbackOutbox::message).stream().limit(limit).toList();""";
        assertThat(OPEN_RESOURCE.matcher(old).find()).isTrue();
        assertThat(OPEN_RESOURCE.matcher(".query(CallbackOutbox::message).list();").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
