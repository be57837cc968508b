import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Floods GET /v1/oauth/authorize with COUNT freshly signed URLs (unique nonces, no throttling), then
 * replays some of the earliest ones: each replay must be refused (error=NONCE_REUSED). Before the store
 * was bounded per kind and fail-closed, 1.1 million fresh nonces evicted the early ones and the replay
 * was let through. Run by nonce-flood-replay.sh; also usable on its own:
 *   java NonceFloodReplay.java BASE_URL DEMO_JSON COUNT CONCURRENCY
 */
public class NonceFloodReplay {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Map<String, String> demo = flatJson(Files.readString(Path.of(args[1])));
        int count = Integer.parseInt(args[2]);
        int concurrency = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).build();
        List<String> early = new ArrayList<>();
        Map<String, LongAdder> answers = new ConcurrentHashMap<>();
        Semaphore inFlight = new Semaphore(concurrency);
        long start = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                String url = base + signedPath(demo);
                if (i < 10) {
                    early.add(url);
                }
                inFlight.acquire();
                executor.submit(() -> {
                    try {
                        answers.computeIfAbsent(outcome(http, url), k -> new LongAdder()).increment();
                    } finally {
                        inFlight.release();
                    }
                });
                if (i > 0 && i % 100_000 == 0) {
                    System.out.printf("%,d sent, %.0f req/s%n", i, i / ((System.nanoTime() - start) / 1e9));
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("flood: %,d requests in %.1f s (%.0f req/s); answers %s%n", count, seconds, count / seconds, answers);
        int accepted = 0;
        for (String url : early) {
            String replay = outcome(http, url);
            System.out.println("replay of an early URL: " + replay);
            if (!replay.equals("NONCE_REUSED")) {
                accepted++;
            }
        }
        System.out.println(accepted == 0 ? "OK: every early URL was refused on replay"
                : "FAIL: " + accepted + " early URLs were accepted again");
        System.exit(accepted == 0 ? 0 : 1);
    }

    /** "UPSTREAM" for a flow sent on to WeChat, else the error code the merchant got, or the HTTP status. */
    private static String outcome(HttpClient http, String url) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String location = response.headers().firstValue("Location").orElse("");
            if (response.statusCode() == 302 && location.contains("/connect/oauth2/authorize")) {
                return "UPSTREAM";
            }
            Matcher error = Pattern.compile("[?&]error=([A-Z_]+)").matcher(location);
            return error.find() ? error.group(1) : "HTTP " + response.statusCode();
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    /** Signed as README "The native redirect API" says: sorted k=v, &key=, MD5, uppercase hex. */
    private static String signedPath(Map<String, String> demo) throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("appId", demo.get("appId"), "mchNo", demo.get("mchNo"),
                "redirectUri", demo.get("redirectUri"), "scope", "base", "state", "flood",
                "timestamp", Long.toString(System.currentTimeMillis() / 1000), "nonce", UUID.randomUUID().toString().replace("-", "")));
        StringBuilder canonical = new StringBuilder();
        params.forEach((k, v) -> canonical.append(canonical.isEmpty() ? "" : "&").append(k).append('=').append(v));
        byte[] digest = MessageDigest.getInstance("MD5")
                .digest((canonical + "&key=" + demo.get("appKey")).getBytes(StandardCharsets.UTF_8));
        params.put("sign", HexFormat.of().withUpperCase().formatHex(digest));
        StringBuilder query = new StringBuilder("/v1/oauth/authorize?");
        params.forEach((k, v) -> query.append(query.charAt(query.length() - 1) == '?' ? "" : "&")
                .append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    /** The string fields of a flat JSON object (demo.json), enough for this script. */
    private static Map<String, String> flatJson(String json) {
        Map<String, String> fields = new TreeMap<>();
        Matcher field = Pattern.compile("\"([^\"]+)\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        while (field.find()) {
            fields.put(field.group(1), field.group(2));
        }
        return fields;
    }
}
