package io.payerid.server.support.logguard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test suite's log guard: every log line written while a test runs is checked, after the test, against
 * every secret the fixtures know (app and institution keys, appSecrets, API keys, private keys, operator
 * token, master key) and against shapes that are secrets whatever their value ({@code secret=...} in an
 * upstream URL, a PEM block). A test that makes the gateway log one fails, however the line got there.
 *
 * <p>Secrets come from sources registered by running gateways ({@link LogGuardSecretsConfiguration}
 * reads each context's database and data directory) and from fixtures that call {@link #secret}.
 */
public final class LogGuard {

    /** Shorter values (e.g. "1", "abc") would match innocent text; fixture secrets are all longer. */
    static final int MIN_SECRET_LENGTH = 8;

    private static final List<Pattern> SECRET_SHAPES = List.of(
            // WeChat passes the appsecret in the query: a URL like this in a log line is a leak.
            Pattern.compile("(?i)[?&](?:app)?secret=(?!\\*)[^&\\s\"']+"),
            Pattern.compile("(?i)[?&]component_appsecret=[^&\\s\"']+"),
            Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----"),
            // An account API token (ApiTokenFormat): its prefix makes any value of that shape a leak.
            Pattern.compile("pid_[A-Za-z0-9_-]{43}"));

    private static final Set<String> secrets = ConcurrentHashMap.newKeySet();
    private static final Set<Supplier<Collection<String>>> sources = ConcurrentHashMap.newKeySet();
    private static final ConcurrentLinkedQueue<LoggedLine> lines = new ConcurrentLinkedQueue<>();

    private LogGuard() {
    }

    /** A line as the appender saw it: logger, level and the full text (message and stack trace). */
    record LoggedLine(String logger, String level, String text) {
    }

    /** Registers a fixture secret that must never be logged. */
    public static String secret(String value) {
        if (value != null && value.length() >= MIN_SECRET_LENGTH) {
            secrets.add(value);
        }
        return value;
    }

    static void addSource(Supplier<Collection<String>> source) {
        sources.add(source);
    }

    static void removeSource(Supplier<Collection<String>> source) {
        sources.remove(source);
    }

    static void record(String logger, String level, String text) {
        lines.add(new LoggedLine(logger, level, text));
    }

    static void reset() {
        lines.clear();
    }

    /**
     * Fails when anything logged since the last check holds a secret, then starts over; for tests that check
     * at finer grain than a test method (dynamic tests), the extension does the same after each test.
     */
    public static void assertNoSecretLogged() {
        List<String> leaks = leaks();
        reset();
        if (!leaks.isEmpty()) {
            throw new AssertionError("The log guard found " + leaks.size() + " secret(s) in the log:\n  "
                    + String.join("\n  ", leaks.stream().distinct().limit(20).toList()));
        }
    }

    /** First lines of every logged event since the last reset that carried a stack trace. */
    public static List<String> stackTracesLogged() {
        return lines.stream().filter(l -> l.text().contains("\n\tat ") || l.text().contains("\tat "))
                .map(l -> l.level() + " " + l.logger() + ": " + l.text().lines().findFirst().orElse(""))
                .distinct().toList();
    }

    /** Descriptions of every leak in the lines logged since the last reset; the secret itself is masked. */
    static List<String> leaks() {
        List<LoggedLine> logged = new ArrayList<>(lines);
        if (logged.isEmpty()) {
            return List.of();
        }
        Set<String> known = knownSecrets();
        List<String> found = new ArrayList<>();
        for (LoggedLine line : logged) {
            for (String secret : known) {
                if (line.text().contains(secret)) {
                    found.add(describe(line, "a fixture secret " + mask(secret)));
                }
            }
            for (Pattern shape : SECRET_SHAPES) {
                Matcher m = shape.matcher(line.text());
                if (m.find()) {
                    found.add(describe(line, "a secret-shaped value " + mask(m.group())));
                }
            }
        }
        return found;
    }

    static Set<String> knownSecrets() {
        Set<String> known = new java.util.HashSet<>(secrets);
        for (Supplier<Collection<String>> source : sources) {
            for (String s : source.get()) {
                if (s != null && s.length() >= MIN_SECRET_LENGTH) {
                    known.add(s);
                }
            }
        }
        return known;
    }

    private static String describe(LoggedLine line, String what) {
        String firstLine = line.text().lines().findFirst().orElse("");
        for (String s : knownSecrets()) {
            firstLine = firstLine.replace(s, mask(s));
        }
        firstLine = firstLine.replaceAll("(?i)(secret=)[^&\\s\"']+", "$1***");
        return line.level() + " " + line.logger() + " logged " + what + ": "
                + (firstLine.length() > 300 ? firstLine.substring(0, 300) + "..." : firstLine);
    }

    private static String mask(String secret) {
        return secret.length() <= 6 ? "***" : secret.substring(0, 3) + "***(" + secret.length() + " chars)";
    }
}
