package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.Browser.Hop;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Presses a saved channel form's "test" button over HTTP and reads the result shown next to the form. */
final class ChannelTestButton {

    private static final Pattern RESULT = Pattern.compile("id=\"channel-test-result\"[^>]*>\\s*<strong>([^<]*)</strong>"
            + "\\s*<span>([^<]*)</span>(?:\\s*<div><code>([^<]*)</code>)?");
    private static final Pattern MILLIS = Pattern.compile("(\\d+) ms");

    /** What the page showed: the outcome's text, the elapsed time as written, the detail (or null). */
    record Shown(String outcome, String elapsed, String detail) {

        long elapsedMillis() {
            Matcher m = MILLIS.matcher(elapsed);
            assertThat(m.find()).as(elapsed).isTrue();
            return Long.parseLong(m.group(1));
        }
    }

    private ChannelTestButton() {
    }

    /** @param ownerPath {@code /console/institutions/X} or {@code /console/merchants/Y} */
    static Shown press(ConsoleClient operator, String ownerPath, Object kind) {
        operator.get(ownerPath);
        Hop answer = operator.post(ownerPath + "/channels/" + kind + "/test", Map.of());
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Matcher m = RESULT.matcher(answer.body());
        assertThat(m.find()).as("a result next to the form of " + kind).isTrue();
        return new Shown(m.group(1), m.group(2), m.group(3));
    }
}
