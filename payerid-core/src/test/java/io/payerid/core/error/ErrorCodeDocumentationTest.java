package io.payerid.core.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/errors.md is the published table: every code, with its status and payer text, must be in it. */
class ErrorCodeDocumentationTest {

    @Test
    void everyCodeIsDocumentedWithItsStatusAndPayerText() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "errors.md"));
        for (ErrorCode code : ErrorCode.values()) {
            assertThat(doc).as(code.name())
                    .contains("| `" + code.name() + "` | " + code.httpStatus() + " |")
                    .contains(code.payerMessage());
        }
    }
}
