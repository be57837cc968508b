package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A wrong link opened by a payer is the zh-CN page; an API client's wrong path stays a JSON error. */
class UnknownPathTest extends GatewayTest {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void unknownPathWhenBrowserAsksForHtmlThenZhCnPayerPage() throws Exception {
        HttpResponse<String> reply = get("/yfpay/jsapi/getauth", BROWSER_ACCEPT);
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(reply.body()).contains("资源不存在").contains("NOT_FOUND").doesNotContain("{\"");
    }

    @Test
    void unknownPathWhenApiClientThenJsonError() throws Exception {
        HttpResponse<String> reply = get("/v1/no/such/api", "application/json");
        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        assertThat(reply.body()).contains("\"NOT_FOUND\"");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
