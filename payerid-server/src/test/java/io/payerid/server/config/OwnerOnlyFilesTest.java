package io.payerid.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlyFilesTest {

    @TempDir
    Path tmp;

    @Test
    void writeWhenDirectoryIsMissingThenDirectory0700AndFile0600() throws Exception {
        Path file = tmp.resolve("a/b/secret");
        OwnerOnlyFiles.write(file, "s3cret");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(mode(tmp.resolve("a/b"))).isEqualTo("rwx------");
        assertThat(mode(tmp.resolve("a"))).isEqualTo("rwx------");
        assertThat(Files.readString(file)).isEqualTo("s3cret");
    }

    @Test
    void writeWhenFileWasWorldReadableThenTightenedAndReplaced() throws Exception {
        Path file = tmp.resolve("demo.json");
        Files.writeString(file, "old content that is longer");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnlyFiles.write(file, "new");
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("new");
    }

    @Test
    void directoryWhenExistingIsWorldReadableThenTightened() throws Exception {
        Path dir = Files.createDirectory(tmp.resolve("data"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        OwnerOnlyFiles.directory(dir);
        assertThat(mode(dir)).isEqualTo("rwx------");
    }

    static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
