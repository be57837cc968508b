package io.payerid.server.dialect.jucai;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.error.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/compat/000-jucai.md publishes our 应答码表: it and {@link JucaiReturnCodes} must say the same. */
class JucaiReturnCodesDocumentationTest {

    private static final Pattern DOC_ROW = Pattern.compile("(?m)^\\| `([A-Z_]+)` \\| (\\d+) \\| `(\\d{6})` \\| ([^|]+) \\|");

    private static String doc() throws IOException {
        return Files.readString(Path.of("..", "docs", "compat", "000-jucai.md"));
    }

    @Test
    void everyMappedCodeIsARowOfTheDocAndNoRowIsInventedThere() throws IOException {
        String doc = doc();
        Map<ErrorCode, JucaiReturnCode> table = JucaiReturnCodes.table();
        Set<String> documented = new HashSet<>();
        Matcher row = DOC_ROW.matcher(doc);
        while (row.find()) {
            JucaiReturnCode expected = table.get(ErrorCode.valueOf(row.group(1)));
            assertThat(expected).as(row.group(1) + " is documented but not mapped").isNotNull();
            assertThat(new JucaiReturnCode(Integer.parseInt(row.group(2)), row.group(3), row.group(4).trim()))
                    .as(row.group(1)).isEqualTo(expected);
            documented.add(row.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(table.keySet().stream().map(Enum::name).toList());
    }

    @Test
    void successAndTheFallbackAreDocumentedToo() throws IOException {
        JucaiReturnCode ok = JucaiReturnCodes.SUCCESS;
        assertThat(doc()).contains("| (success) | " + ok.code() + " | `" + ok.returnCode() + "` | " + ok.msg() + " |")
                .contains("| any other | its status | `" + JucaiReturnCodes.OTHER_RETURN_CODE + "` |");
    }

    @Test
    void returnCodesAreUniqueAndTheCodeIsTheErrorsClass() {
        Set<String> seen = new HashSet<>(Set.of(JucaiReturnCodes.SUCCESS.returnCode(), JucaiReturnCodes.OTHER_RETURN_CODE));
        JucaiReturnCodes.table().forEach((error, row) -> {
            assertThat(seen.add(row.returnCode())).as(row.returnCode() + " used twice").isTrue();
            assertThat(row.code()).as(error.name()).isEqualTo(error.httpStatus());
        });
        assertThat(JucaiReturnCodes.of(ErrorCode.FLOW_EXPIRED).returnCode()).isEqualTo(JucaiReturnCodes.OTHER_RETURN_CODE);
    }
}
