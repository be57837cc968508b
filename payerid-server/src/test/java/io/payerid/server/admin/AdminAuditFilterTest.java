package io.payerid.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.audit.AuditEvent;
import io.payerid.console.audit.AuditLog;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Changes through the bearer-token admin API land in the console's audit log: path and status, never the body. */
class AdminAuditFilterTest extends GatewayTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    AuditLog audit;
    @Autowired
    TenantDirectory directory;
    @Autowired
    DemoTenantSeeder seeder;

    @Test
    void adminChangeWhenSucceededThenRecordedWithoutTheBodysSecrets() throws Exception {
        seeder.seed();
        String secret = "channel-secret-never-audited";
        int created = send("POST", "/admin/v1/merchants/" + DemoTenant.MCH_NO + "/whitelist",
                "{\"url\":\"https://audited.example.com/pay/\"}", true);
        int channel = send("PUT", "/admin/v1/institutions/" + DemoTenant.INST_NO + "/channels/UNIONPAY",
                "{\"mode\":\"SERVICE_PROVIDER\",\"settings\":{\"mchId\":\"898000000000002\"},\"secrets\":{\"key\":\"" + secret + "\"}}",
                true);

        assertThat(created).isEqualTo(201);
        assertThat(channel).isEqualTo(200);
        List<AuditEvent> events = audit.search("/admin/v1/", null, 0, 50);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.actor()).isEqualTo("api:operator-token");
            assertThat(e.action()).isEqualTo("api POST");
            assertThat(e.target()).isEqualTo("/admin/v1/merchants/" + DemoTenant.MCH_NO + "/whitelist");
            assertThat(e.merchantId()).isEqualTo(directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow().id());
            assertThat(e.detail()).isEqualTo("status=201");
        });
        assertThat(events).anySatisfy(e -> assertThat(e.action()).isEqualTo("api PUT"));
        assertThat(events).allSatisfy(e -> assertThat(e.detail() + e.target()).doesNotContain(secret));
    }

    @Test
    void adminRequestWhenRefusedOrReadOnlyThenNotRecorded() throws Exception {
        int before = audit.search("/admin/v1/", null, 0, 500).size();

        int unauthorized = send("POST", "/admin/v1/institutions", "{\"instNo\":\"NOPE\",\"name\":\"x\"}", false);
        int invalid = send("POST", "/admin/v1/institutions", "{\"instNo\":\"\"}", true);
        int read = send("GET", "/admin/v1/institutions", null, true);

        assertThat(unauthorized).isEqualTo(401);
        assertThat(invalid).isEqualTo(400);
        assertThat(read).isEqualTo(200);
        assertThat(audit.search("/admin/v1/", null, 0, 500)).hasSize(before);
    }

    private int send(String method, String path, String json, boolean withToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (withToken) {
            request.header("Authorization", "Bearer test-operator-token");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}
