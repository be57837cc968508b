package io.payerid.sandbox.wechatpay;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import io.payerid.sandbox.support.SandboxHttp;

import static io.payerid.sandbox.support.SandboxHttp.parseJson;
import static org.assertj.core.api.Assertions.assertThat;

/** Plain HTTP to the WeChat Pay sandbox on 127.0.0.1: XML posts, JSON posts, pages as a chosen payer. */
final class PaySandboxClient {

    private final String root;

    PaySandboxClient(int port) {
        this.root = "http://127.0.0.1:" + port;
    }

    String root() {
        return root;
    }

    HttpResponse<String> postXml(String path, String xml) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** GET as the payer named by the wallet cookie (none when null). */
    HttpResponse<String> get(String path, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : root + path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    HttpResponse<String> postForm(String path, String cookie) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A fresh code for the user through {@code POST /codes}; {@code extraJson} adds fields, e.g. {@code ,"ttlMillis":5}. */
    String issueCode(String user, String extraJson) {
        HttpResponse<String> issued = postJson(PayFixtures.BASE + "/codes", "{\"user\":\"" + user + "\"" + extraJson + "}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return (String) parseJson(issued.body()).get("authCode");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        return SandboxHttp.send(request, Duration.ofSeconds(20));
    }
}
