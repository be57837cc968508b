package io.payerid.sandbox.unionpay;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.payerid.sandbox.support.SandboxHttp;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.query;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the UnionPay sandbox's HTTP tests: the sandbox on a random port with one configured acquirer
 * merchant, and a client that speaks to it like a 云闪付 browser or a merchant server would. The
 * client's XML and MD5 signing are written here independently of the sandbox's own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "payerid.sandbox.unionpay.merchants[0].mch-id=" + UnionPaySandboxHttpTest.MCH_ID,
        "payerid.sandbox.unionpay.merchants[0].key=" + UnionPaySandboxHttpTest.KEY,
        "payerid.sandbox.unionpay.merchants[0].redirect-domains[0]=merchant.example",
        "payerid.sandbox.unionpay.merchants[1].mch-id=SBX0000002",
        "payerid.sandbox.unionpay.merchants[1].key=sandbox-key-2",
})
abstract class UnionPaySandboxHttpTest {

    static final String BASE = "/sandbox/unionpay";
    static final String USER_AUTH = BASE + "/qr/qrcGtwWeb-web/api/userAuth";
    static final String MCH_ID = "SBX0000001";
    static final String KEY = "sandbox-key-0000001";
    static final String CALLBACK = "https://merchant.example/cb/k1.sealed?state=abc123";
    static final String CLOUD_PAY_UA = "Mozilla/5.0 (iPhone; CPU iPhone OS 15_0 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Mobile/15E148 (com.unionpay.chsp) (cordova 4.5.4) (updebug 0) (version 929) "
            + "(UnionPay/1.0 CloudPay) (clientVersion 324) (language zh_CN) (languageFamily zh_CN)";
    static final String DESKTOP_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36";

    private static final Pattern XML_FIELD = Pattern.compile("<([a-z_]+)><!\\[CDATA\\[(.*?)]]></\\1>");

    @Value("${local.server.port}")
    int port;

    String root;

    @BeforeEach
    void root() {
        root = "http://127.0.0.1:" + port;
    }

    static String userAuthPath(String version, String redirectUrl) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("version", version);
        params.put("redirectUrl", redirectUrl);
        params.values().removeIf(v -> v == null);
        return USER_AUTH + "?" + query(params);
    }

    HttpResponse<String> browse(String path, String userAgent, String cardholder) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path)).GET();
        return send(asBrowser(request, userAgent, cardholder));
    }

    HttpResponse<String> postForm(String path, Map<String, String> fields, String userAgent) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(query(fields)));
        return send(asBrowser(request, userAgent, null));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Runs userAuth as a 云闪付 payer who has picked {@code cardholder}; returns the issued code. */
    String userAuthCode(String cardholder) {
        HttpResponse<String> response = browse(userAuthPath("1.0.0", CALLBACK), CLOUD_PAY_UA, cardholder);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        Map<String, String> callback = queryOf(location(response));
        assertThat(callback).containsEntry("respCode", "00");
        return callback.get("userAuthCode");
    }

    /** A merchant's pay.unionpay.userid call, signed with {@code key}; returns the answer's fields. */
    Map<String, String> exchange(String mchId, String key, String code, String appUpIdentifier) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("service", "pay.unionpay.userid");
        fields.put("version", "2.0");
        fields.put("charset", "UTF-8");
        fields.put("sign_type", "MD5");
        fields.put("mch_id", mchId);
        fields.put("nonce_str", "n" + System.nanoTime());
        fields.put("user_auth_code", code);
        if (appUpIdentifier != null) {
            fields.put("app_up_identifier", appUpIdentifier);
        }
        fields.put("sign", md5Sign(fields, key));
        return postXml(toXml(fields));
    }

    Map<String, String> postXml(String xml) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(root + BASE + "/gateway"))
                .header("Content-Type", "text/xml;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
        assertThat(response.statusCode()).as("the gateway answers every request with HTTP 200").isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/xml"));
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher m = XML_FIELD.matcher(response.body());
        while (m.find()) {
            fields.put(m.group(1), m.group(2));
        }
        assertThat(response.body()).startsWith("<xml>").endsWith("</xml>");
        return fields;
    }

    static String toXml(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "<" + e.getKey() + "><![CDATA[" + e.getValue() + "]]></" + e.getKey() + ">")
                .collect(Collectors.joining("", "<xml>", "</xml>"));
    }

    static String md5Sign(Map<String, String> fields, String key) {
        StringBuilder s = new StringBuilder();
        new TreeMap<>(fields).forEach((k, v) -> {
            if (!k.equals("sign") && !v.isEmpty()) {
                s.append(s.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest((s + "&key=" + key).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().withUpperCase().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder asBrowser(HttpRequest.Builder request, String userAgent, String cardholder) {
        request.header("User-Agent", userAgent);
        if (cardholder != null) {
            request.header("Cookie", UserAuthController.CARDHOLDER_COOKIE.name() + "=" + cardholder);
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return SandboxHttp.send(request, Duration.ofSeconds(10));
    }
}
