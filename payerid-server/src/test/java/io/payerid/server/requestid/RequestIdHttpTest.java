package io.payerid.server.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.JsonLogCapture;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every request has an id (issue 10 item 3): echoed as X-Request-Id, in JSON errors as requestId, on the payer's
 * page as 请求编号 with the time, and in the JSON log lines of the request, so a payer's complaint finds its line.
 */
class RequestIdHttpTest extends GatewayTest {

    private static final Pattern PAGE_ID = Pattern.compile("请求编号:([A-Za-z0-9._:-]+)<br>时间:(\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d) UTC\\+8");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    DemoTenantSeeder seeder;

    @BeforeEach
    void capture() {
        JsonLogCapture.startCapturing();
    }

    @AfterEach
    void stopCapture() {
        JsonLogCapture.stopCapturing();
    }

    @Test
    void payerErrorPageWhenFlowRefusedThenShowsIdAndTimeFoundInJsonLog() throws Exception {
        HttpResponse<String> page = get("/v1/oauth/authorize?appId=app_nobody&mchNo=MCH_NOBODY", null);

        assertThat(page.statusCode()).isBetween(400, 499);
        Matcher shown = PAGE_ID.matcher(page.body());
        assertThat(shown.find()).as("请求编号 on the page: %s", page.body()).isTrue();
        String id = shown.group(1);
        assertThat(page.headers().firstValue(RequestIdFilter.HEADER)).contains(id);
        List<JsonNode> lines = logLinesWith(id);
        assertThat(lines).as("JSON log lines carrying requestId %s", id).isNotEmpty();
        assertThat(lines.getFirst().path("@timestamp").asString()).isNotEmpty();
        assertThat(lines.getFirst().path("message").asString()).contains("flow refused");
    }

    @Test
    void jsonErrorWhenSaneIncomingIdThenEchoedInHeaderBodyAndLog() throws Exception {
        String incoming = "edge-7f3a:42.b_c";
        HttpResponse<String> answer = get("/admin/v1/institutions", incoming);

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue(RequestIdFilter.HEADER)).contains(incoming);
        assertThat(JSON.readTree(answer.body()).path("requestId").asString()).isEqualTo(incoming);
    }

    @Test
    void jsonErrorWhenNoIncomingIdThenGeneratedIdInHeaderAndBody() throws Exception {
        HttpResponse<String> answer = get("/v1/no-such-endpoint", null);

        String id = answer.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        assertThat(id).matches("[0-9a-z]+-[0-9a-z]+");
        assertThat(JSON.readTree(answer.body()).path("requestId").asString()).isEqualTo(id);
    }

    @Test
    void requestWhenHostileIncomingIdThenReplacedByOwnId() {
        List<String> hostile = List.of("a".repeat(IncomingRequestId.MAX_LENGTH + 1), "x\" , \"level\":\"ERROR",
                "id with spaces", "<script>", "ok\u00e9", "{\"requestId\":1}");
        for (String value : hostile) {
            RawHttp.Answer answer = RawHttp.send(PORT, "GET /v1/no-such-endpoint HTTP/1.1\r\nAccept: application/json"
                    + "\r\nX-Request-Id: " + value, null);
            assertThat(answer.header(RequestIdFilter.HEADER)).as(value).isNotEqualTo(value).matches("[0-9a-z]+-[0-9a-z]+");
            assertThat(answer.body()).as(value).doesNotContain(value);
        }
        assertThat(JsonLogCapture.lines()).noneMatch(line -> line.contains("<script>") || line.contains("id with spaces"));
    }

    @Test
    void callbackWhenRefusedThenLogsTheFlowIdSealedAtStart() throws Exception {
        DemoCredentials demo = seeder.seed();
        MerchantClient merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");
        Browser.Hop toWechat = payer.get(merchant.authorizeUrl(BASE + "/demo/return", "base", "rid"));
        String flowId = Browser.query(toWechat.location()).get("state");
        String callback = payer.follow(toWechat.location(), location -> location.contains("/v1/oauth/callback/")).location();

        Browser.Hop elsewhere = Browser.wechat().asSandboxUser(BASE, "bob").get(callback);

        assertThat(elsewhere.body()).contains("FLOW_BROWSER_MISMATCH");
        String callbackId = elsewhere.headers().firstValue(RequestIdFilter.HEADER).orElseThrow();
        assertThat(logLinesWith(callbackId)).isNotEmpty()
                .allSatisfy(line -> assertThat(line.path("flowId").asString()).isEqualTo(flowId));
    }

    private HttpResponse<String> get(String path, String requestId) throws Exception {
        boolean api = path.startsWith("/admin") || path.startsWith("/v1/no-such");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Accept", api ? "application/json" : "text/html");
        if (requestId != null) {
            request.header(RequestIdFilter.HEADER, requestId);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> logLinesWith(String requestId) {
        return JsonLogCapture.lines().stream().map(JSON::readTree)
                .filter(line -> requestId.equals(line.path("requestId").asString(null))).toList();
    }
}
