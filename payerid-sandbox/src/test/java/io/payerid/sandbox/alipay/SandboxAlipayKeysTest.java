package io.payerid.sandbox.alipay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxAlipayKeysTest {

    @TempDir
    Path dir;

    @Test
    void readOrGenerateWhenFileMissingThenWritesKeyOwnerOnlyAndNextStartReusesIt() throws Exception {
        Path file = dir.resolve("data").resolve("sandbox-alipay.key");

        SandboxAlipayKeys first = SandboxAlipayKeys.readOrGenerate(file);
        SandboxAlipayKeys second = SandboxAlipayKeys.readOrGenerate(file);

        assertThat(second.publicKeyBase64()).isEqualTo(first.publicKeyBase64());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        }
        try (var entries = Files.list(file.getParent())) {
            assertThat(entries).containsExactly(file);
        }
    }

    @Test
    void readOrGenerateWhenFileHoldsKeyThenSignsWithThatKey() throws Exception {
        SandboxAlipayKeys generated = SandboxAlipayKeys.readOrGenerate(dir.resolve("a.key"));
        Path copy = dir.resolve("b.key");
        Files.copy(dir.resolve("a.key"), copy);

        SandboxAlipayKeys read = SandboxAlipayKeys.readOrGenerate(copy);

        String content = "app_id=2021000000000001&method=alipay.system.oauth.token";
        assertThat(read.sign(content, java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(generated.sign(content, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(read.publicKeyBase64()).isEqualTo(generated.publicKeyBase64());
    }
}
