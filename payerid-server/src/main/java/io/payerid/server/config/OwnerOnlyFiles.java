package io.payerid.server.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The data directory's files hold keys, tokens and the embedded database: readable by the gateway's user
 * only. Files and directories are created with owner-only permissions in the same call (never created
 * first and restricted afterwards, which leaves a window under the usual 022 umask), and ones left by an
 * earlier version are tightened. Non-POSIX file systems keep their defaults.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and missing parents) as 0700, or tightens an existing one to 0700. */
    public static void directory(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            restrict(absolute, DIRECTORY);
            return;
        }
        if (posix(absolute)) {
            Files.createDirectories(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
        } else {
            Files.createDirectories(absolute);
        }
    }

    /** Writes the file as 0600 inside an owner-only directory; an existing file is tightened before it is rewritten. */
    public static void write(Path file, String content) throws IOException {
        Path absolute = file.toAbsolutePath();
        directory(absolute.getParent());
        try {
            FileAttribute<?>[] attributes = posix(absolute.getParent())
                    ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
            Files.createFile(absolute, attributes);
        } catch (FileAlreadyExistsException e) {
            restrict(absolute, FILE);
        }
        Files.writeString(absolute, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
    }

    /** Tightens an existing file or directory (one written before this rule) to owner-only. */
    public static void restrictExisting(Path path) throws IOException {
        Path absolute = path.toAbsolutePath();
        if (Files.exists(absolute)) {
            restrict(absolute, Files.isDirectory(absolute) ? DIRECTORY : FILE);
        }
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (posix(path)) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }

    private static boolean posix(Path existingOrParent) {
        Path probe = existingOrParent;
        while (probe != null && !Files.exists(probe)) {
            probe = probe.getParent();
        }
        return probe != null && probe.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
