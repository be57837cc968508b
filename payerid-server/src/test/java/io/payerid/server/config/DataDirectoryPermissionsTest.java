package io.payerid.server.config;

import static io.payerid.server.config.OwnerOnlyFilesTest.mode;
import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.PayerIdApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 7 item 11: embedded mode's data directory (H2 files, generated keys, demo.json) is owner-only,
 * both when it is created and when an earlier version left it world-readable.
 */
class DataDirectoryPermissionsTest {

    @TempDir
    Path tmp;

    @Test
    void startWhenDataDirectoryIsNewThenEverythingOwnerOnly() throws Exception {
        Path data = tmp.resolve("fresh/data");
        try (ConfigurableApplicationContext ignored = start(data)) {
            assertOwnerOnly(data);
        }
    }

    @Test
    void startWhenEarlierVersionLeftItWorldReadableThenTightened() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("old/data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path demo = Files.writeString(data.resolve("demo.json"), "{}");
        Files.setPosixFilePermissions(demo, PosixFilePermissions.fromString("rw-r--r--"));
        try (ConfigurableApplicationContext ignored = start(data)) {
            assertOwnerOnly(data);
        }
    }

    private static void assertOwnerOnly(Path data) throws Exception {
        assertThat(mode(data)).isEqualTo("rwx------");
        for (String name : List.of("demo.json", "master.key", "operator-token", "platform-rsa.key")) {
            assertThat(mode(data.resolve(name))).as(name).isEqualTo("rw-------");
        }
        assertThat(data.resolve("payerid.mv.db")).exists(); // H2's own file, unreachable through the 0700 directory
    }

    private static ConfigurableApplicationContext start(Path data) {
        return new SpringApplicationBuilder(PayerIdApplication.class).run(
                "--server.port=0",
                "--payerid.public-base-url=http://localhost:8080", // only a name in links: nothing binds it
                "--payerid.data-dir=" + data,
                "--spring.datasource.url=jdbc:h2:file:" + data.resolve("payerid") + ";DB_CLOSE_ON_EXIT=FALSE",
                "--payerid.outbox.poll-interval=1h");
    }
}
