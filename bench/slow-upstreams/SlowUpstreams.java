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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * COUNT concurrent WeChat OAuth callbacks, each a real flow's: first, untimed and PREPARE at a time, each flow's
 * signed entry URL and the sandbox's silent (snsapi_base) authorize page as payer alice, up to the redirect
 * back to the gateway's callback with a code; then all COUNT callbacks at once (released by one latch), each
 * waiting on a code exchange the sandbox answers only after its configured latency. A flow succeeds when
 * the gateway redirects to the merchant's redirectUri with an openid. Prints the wall time of the measured
 * round's callbacks (the first callback sent to the last answer) and the outcomes. Run by run.sh; also
 * usable on its own:
 *   java SlowUpstreams.java GATEWAY_BASE DEMO_JSON COUNT ROUNDS [PREPARE]
 */
public class SlowUpstreams {

    private static final String UA = "Mozilla/5.0 (Linux; Android 13) MicroMessenger/8.0.47.2560 WeChat/arm64";
    private static final String CALLBACK_PATH = "/v1/oauth/callback/";
    private static final Pattern SET_COOKIE = Pattern.compile("^([^=;\\s]+)=([^;]*)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Map<String, String> demo = flatJson(Files.readString(Path.of(args[1])));
        int count = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        int prepare = args.length > 4 ? Integer.parseInt(args[4]) : 64;
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        int failed = 0;
        for (int round = 1; round <= rounds; round++) {
            failed = round(http, base, demo, count, prepare, round == rounds ? "measured" : "warm-up " + round);
        }
        System.exit(failed == 0 ? 0 : 1);
    }

    private static int round(HttpClient http, String base, Map<String, String> demo, int count, int prepare,
                             String label) throws Exception {
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        String redirectUri = demo.get("redirectUri");
        List<Hop> callbacks = prepared(http, base, demo, count, prepare, outcomes);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> flows = new ArrayList<>(callbacks.size());
        long began;
        long ended;
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Hop callback : callbacks) {
                flows.add(executor.submit(() -> {
                    start.await();
                    outcomes.computeIfAbsent(follow(http, callback, redirectUri, true).outcome(), k -> new LongAdder()).increment();
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
        System.out.printf("slow-upstreams %s: %d concurrent OAuth callbacks, wall %.2f s, errors %d, outcomes %s%n",
                label, callbacks.size(), (ended - began) / 1e9, errors, outcomes);
        return errors;
    }

    /** Every flow up to its gateway callback, PREPARE at a time; a flow that stopped earlier is counted in outcomes. */
    private static List<Hop> prepared(HttpClient http, String base, Map<String, String> demo, int count, int prepare,
                                      Map<String, LongAdder> outcomes) throws Exception {
        Semaphore lanes = new Semaphore(prepare);
        List<Future<Hop>> entries = new ArrayList<>(count);
        long began = System.nanoTime();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                Hop entry = new Hop(URI.create(base + signedPath(demo, "slow" + i)), new ConcurrentHashMap<>(), null);
                entry.cookies().put("payerid_sandbox_wechat_user", "alice");
                entries.add(executor.submit(() -> {
                    lanes.acquire();
                    try {
                        return follow(http, entry, demo.get("redirectUri"), false);
                    } finally {
                        lanes.release();
                    }
                }));
            }
        }
        List<Hop> callbacks = new ArrayList<>(count);
        for (Future<Hop> entry : entries) {
            Hop hop = entry.get();
            if (hop.outcome() == null) {
                callbacks.add(hop);
            } else {
                outcomes.computeIfAbsent("before the callback: " + hop.outcome(), k -> new LongAdder()).increment();
            }
        }
        System.out.printf("prepared %d flows up to their callback in %.2f s, %d at a time%n", callbacks.size(),
                (System.nanoTime() - began) / 1e9, prepare);
        return callbacks;
    }

    /** A request to send with the flow's cookies, or (outcome set) where the flow ended. */
    private record Hop(URI at, Map<String, String> cookies, String outcome) {
    }

    /**
     * Follows redirects from {@code from}. Before the callback ({@code throughCallback} false) it stops at the
     * gateway's callback URL and returns it unsent; otherwise it ends at the merchant: "OK" with an openid, else
     * where and how the flow stopped.
     */
    private static Hop follow(HttpClient http, Hop from, String redirectUri, boolean throughCallback) {
        Map<String, String> cookies = from.cookies();
        URI at = from.at();
        try {
            for (int hop = 0; hop < 8; hop++) {
                if (!throughCallback && at.getPath().startsWith(CALLBACK_PATH)) {
                    return new Hop(at, cookies, null);
                }
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
                    return ended("HTTP " + response.statusCode() + " at hop " + hop);
                }
                if (location.startsWith(redirectUri)) {
                    Matcher error = Pattern.compile("[?&]error=([A-Z_]+)").matcher(location);
                    return ended(error.find() ? error.group(1) : location.contains("openid=") ? "OK" : "NO_OPENID");
                }
                at = at.resolve(location);
            }
            return ended("TOO_MANY_HOPS");
        } catch (Exception e) {
            return ended(e.getClass().getSimpleName());
        }
    }

    private static Hop ended(String outcome) {
        return new Hop(null, Map.of(), outcome);
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
