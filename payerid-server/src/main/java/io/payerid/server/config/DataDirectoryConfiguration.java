package io.payerid.server.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Makes the data directory owner-only (0700) before any bean runs, so the H2 file database, which
 * creates its files with the process umask (world-readable under the usual 022), only ever lives inside
 * a directory nobody else can enter. Files an earlier version left readable are tightened to 0600.
 * A deployment whose database is elsewhere and whose secrets are configured gets no data directory.
 */
@Configuration(proxyBeanMethods = false)
public class DataDirectoryConfiguration {

    @Bean
    static BeanFactoryPostProcessor ownerOnlyDataDirectory(Environment environment) {
        Path dataDir = Path.of(environment.getProperty("payerid.data-dir", "./data"));
        boolean h2File = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:file:");
        return beanFactory -> {
            try {
                if (Files.isDirectory(dataDir) || h2File) {
                    OwnerOnlyFiles.directory(dataDir);
                    tightenEntries(dataDir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make the data directory " + dataDir + " owner-only", e);
            }
        };
    }

    private static void tightenEntries(Path dataDir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dataDir)) {
            for (Path entry : entries) {
                OwnerOnlyFiles.restrictExisting(entry);
            }
        }
    }
}
