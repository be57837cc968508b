import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * COUNT concurrent WeChat OAuth flows, each a real one: the signed entry URL, the sandbox's silent
 * (snsapi_base) authorize page as payer alice, the gateway callback carrying the code, whose exchange the
 * sandbox answers only after its configured latency. All COUNT flows start at once (released by one latch);
 * a flow succeeds when the gateway finally redirects to the merchant's redirectUri with an openid.
 * Prints wall time of the measured round and the outcomes. Run by run.sh; also usable on its own:
 *   java SlowUpstreams.java GATEWAY_BASE DEMO_JSON COUNT ROUNDS
 */
public class SlowUpstreams {

    private static final String UA = "Mozilla/5.0 (Linux; Android 13) MicroMessenger/8.0.47.2560 WeChat/arm64";
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Map<String, String> demo = flatJson(Files.readString(Path.of(args[1])));
        int count = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        int failed = 0;
        for (int round = 1; round <= rounds; round++) {
            failed = round(http, base, demo, count, round == rounds ? "measured" : "warm-up " + round);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int round(HttpClient http, String base, Map<String, String> demo, int count, String label) throws Exception {
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> flows = new ArrayList<>(count);
        List<String> urls = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            urls.add(base + signedPath(demo, "slow" + i));
        }
        long began;
        long ended;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (String url : urls) {
                flows.add(executor.submit(() -> {
                    start.await();
                    outcomes.computeIfAbsent(flow(http, url, demo.get("redirectUri")), k -> new LongAdder()).increment();
                    return null;
                }));
            }
            began = System.nanoTime();
            start.countDown();
            for (Future<?> flow : flows) {
                flow.get();
            }
            ended = System.nanoTime();
        }
        long ok = outcomes.getOrDefault("OK", new LongAdder()).sum();
        int errors = (int) (count - ok);
        System.out.printf("slow-upstreams %s: %d concurrent OAuth flows, wall %.2f s, errors %d, outcomes %s%n",
                label, count, (ended - began) / 1e9, errors, outcomes);
        return errors;
    }

    /** "OK" when the flow ended at the merchant with an openid, else where and how it stopped. */
    private static String flow(HttpClient http, String entryUrl, String redirectUri) {
        Map<String, String> cookies = new ConcurrentHashMap<>();
        cookies.put("payerid_sandbox_wechat_user", "alice");
        URI at = URI.create(entryUrl);
        try {
            for (int hop = 0; hop < 8; hop++) {
                HttpRequest.Builder request = HttpRequest.newBuilder(at).timeout(Duration.ofSeconds(30)).header("User-Agent", UA).GET();
                request.header("Cookie", cookieHeader(cookies));
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                for (String setCookie : response.headers().allValues("Set-Cookie")) {
                    Matcher cookie = SET_COOKIE.matcher(setCookie);
                    if (cookie.find()) {
                        cookies.put(cookie.group(1), cookie.group(2));
                    }
                }
                String location = response.headers().firstValue("Location").orElse(null);
                if (location == null) {
                    return "HTTP " + response.statusCode() + " at hop " + hop;
                }
                if (location.startsWith(redirectUri)) {
                    Matcher error = Pattern.compile("[?&]error=([A-Z_]+)").matcher(location);
                    return error.find() ? error.group(1) : location.contains("openid=") ? "OK" : "NO_OPENID";
                }
                at = at.resolve(location);
            }
            return "TOO_MANY_HOPS";
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static String cookieHeader(Map<String, String> cookies) {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    /** Signed as README "The native redirect API" says: sorted k=v, &key=, MD5, uppercase hex. */
    private static String signedPath(Map<String, String> demo, String state) throws Exception {
        Map<String, String> params = new TreeMap<>(Map.of("appId", demo.get("appId"), "mchNo", demo.get("mchNo"),
                "redirectUri", demo.get("redirectUri"), "scope", "base", "state", state,
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
