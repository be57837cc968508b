package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.audit.AuditEvent;
import io.payerid.console.audit.AuditLog;
import io.payerid.core.signing.SignType;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.dialect.exchange.ExchangeAuthRequests;
import io.payerid.server.dialect.exchange.ExchangeAuthorizations;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.outbox.OutboxMessage;
import io.payerid.server.outbox.OutboxPosition;
import io.payerid.server.outbox.OutboxStatus;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The callback pages over HTTP with real seed 004 callbacks delivered by the real deliverer to a loopback receiver:
 * filters and keyset pages, every attempt, a manual retry that delivers (audited, CSRF-guarded), the refusals, a
 * merchant user confined to its own merchant; and the admin API's merchant and app filters on the same query.
 */
@TestPropertySource(properties = {"payerid.outbox.poll-interval=100ms", "payerid.outbox.retry-schedule=300ms"})
class CallbackPagesTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String OTHER = "MCH_CB_OTHER";
    private static final String OTHER_APP = "app_cb_other";
    private static final Pattern ROW_ID = Pattern.compile("class=\"callback-row\" data-id=\"([A-Za-z0-9]+)\"");

    private static FailingCallbackTarget down;
    private static FailingCallbackTarget up;

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    ExchangeAuthRequests requests;
    @Autowired
    ExchangeAuthorizations authorizations;
    @Autowired
    CallbackOutbox outbox;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private ExchangeCallbackFixture callbacks;
    private Merchant demo;
    private Merchant other;

    @BeforeAll
    static void receivers() {
        down = new FailingCallbackTarget();
        up = new FailingCallbackTarget();
        up.recover();
    }

    @AfterAll
    static void stopReceivers() {
        down.close();
        up.close();
    }

    @BeforeEach
    void tenantsAndAccounts() {
        seeder.seed();
        demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        other = directory.merchantByMchNo(OTHER)
                .orElseGet(() -> admin.createMerchant(demo.institutionId(), OTHER, "另一个商户", true));
        if (directory.appByAppId(OTHER_APP).isEmpty()) {
            admin.createApp(other.id(), OTHER_APP, Secret.of("cb-other-key-0123456789"), null, EnumSet.of(SignType.MD5));
        }
        for (ConsoleRole role : ConsoleRole.values()) {
            String username = "cb-" + role.name().toLowerCase();
            if (accounts.byUsername(username).isEmpty()) {
                accounts.create(username, PASSWORD, role, role.merchantScoped() ? demo.id() : null);
            }
        }
        callbacks = new ExchangeCallbackFixture(requests, authorizations, outbox);
    }

    private ConsoleClient as(ConsoleRole role) {
        return new ConsoleClient(BASE).login("cb-" + role.name().toLowerCase(), PASSWORD);
    }

    @Test
    void retryWhenFailedCallbackRetriedFromTheDetailPageThenDeliveredWithTheNewAttemptAndAudited() throws Exception {
        FailingCallbackTarget target = new FailingCallbackTarget();
        try (target) {
            String id = callbacks.authorized(DemoTenant.APP_ID, demo.id(), "retry", target.url("/exchange/notify"));
            OutboxMessage failed = callbacks.await(id, OutboxStatus.FAILED, Duration.ofSeconds(20));
            ConsoleClient operator = as(ConsoleRole.OPERATOR);

            Hop list = operator.get("/console/callbacks?status=FAILED&reference=" + failed.reference());
            assertThat(rowIds(list)).containsExactly(id);
            assertThat(list.body()).contains(DemoTenant.MCH_NO).contains(DemoTenant.APP_ID).contains("127.0.0.1");
            Hop detail = operator.get("/console/callbacks/" + id);
            assertThat(detail.status()).isEqualTo(200);
            assertThat(detail.body()).contains("id=\"retry-now\"").contains(failed.targetUrl())
                    .contains("&quot;serialNo&quot;:&quot;" + failed.reference());
            assertThat(count(detail.body(), "class=\"attempt-row\"")).isEqualTo(2);
            assertThat(detail.body()).contains("<td>500</td>").contains("down for maintenance");

            assertThat(operator.postWithoutCsrf("/console/callbacks/" + id + "/retry", Map.of()).status()).isEqualTo(403);
            assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);

            target.recover();
            Hop retried = operator.post("/console/callbacks/" + id + "/retry", Map.of());
            assertThat(retried.status()).isEqualTo(302);
            assertThat(retried.location()).endsWith("/console/callbacks/" + id + "?retried");
            assertThat(outbox.find(id).orElseThrow().status()).as("back in line, or already delivered from it")
                    .isIn(OutboxStatus.PENDING, OutboxStatus.DELIVERED);
            OutboxMessage delivered = callbacks.await(id, OutboxStatus.DELIVERED, Duration.ofSeconds(20));
            assertThat(delivered.attempts()).isEqualTo(3);
            assertThat(outbox.attempts(id).getLast().outcome().name()).isEqualTo("DELIVERED");

            Hop after = operator.get("/console/callbacks/" + id);
            assertThat(count(after.body(), "class=\"attempt-row\"")).isEqualTo(3);
            assertThat(after.body()).contains("id=\"retry-refusal\"").doesNotContain("id=\"retry-now\"");
            List<AuditEvent> events = audit.search("callback.retry", null, 0, 50).stream()
                    .filter(e -> e.target().equals(id)).toList();
            assertThat(events).hasSize(1);
            assertThat(events.getFirst().actor()).isEqualTo("cb-operator");
            assertThat(events.getFirst().merchantId()).isEqualTo(demo.id());
            assertThat(events.getFirst().detail()).doesNotContain("open-").contains(failed.reference());
        }
    }

    @Test
    void retryWhenDeliveredOrBodyPurgedThenTheReasonInsteadOfTheButtonAndAPostIsRefused() throws Exception {
        String delivered = callbacks.authorized(DemoTenant.APP_ID, demo.id(), "done", up.url("/exchange/notify"));
        callbacks.await(delivered, OutboxStatus.DELIVERED, Duration.ofSeconds(20));
        String purged = callbacks.authorized(DemoTenant.APP_ID, demo.id(), "purged", down.url("/exchange/notify"));
        callbacks.await(purged, OutboxStatus.FAILED, Duration.ofSeconds(20));
        // what the retention purge does to an old failed callback
        jdbc.sql("UPDATE callback_outbox SET body = '' WHERE id = ?").param(purged).update();
        ConsoleClient operator = as(ConsoleRole.OPERATOR);

        Hop done = operator.get("/console/callbacks/" + delivered);
        assertThat(done.body()).contains("已送达的回调无需重试").doesNotContain("id=\"retry-now\"");
        Hop gone = operator.get("/console/callbacks/" + purged);
        assertThat(gone.body()).contains("消息内容已按保留期限清除，无法重试").doesNotContain("id=\"retry-now\"");

        Hop refusedDone = operator.post("/console/callbacks/" + delivered + "/retry", Map.of());
        Hop refusedGone = operator.post("/console/callbacks/" + purged + "/retry", Map.of());
        assertThat(refusedDone.status()).isEqualTo(409);
        assertThat(refusedDone.body()).contains("已送达的回调无需重试");
        assertThat(refusedGone.status()).isEqualTo(409);
        assertThat(refusedGone.body()).contains("无法重试");
        assertThat(outbox.find(purged).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
    }

    @Test
    void listWhenFilteredThenOnlyMatchingCallbacksNewestFirstInBoundedKeysetPages() throws Exception {
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            mine.add(callbacks.authorized(DemoTenant.APP_ID, demo.id(), "page", up.url("/exchange/page")));
        }
        String foreign = callbacks.authorized(OTHER_APP, other.id(), "foreign", up.url("/exchange/other"));
        ConsoleClient auditor = as(ConsoleRole.AUDITOR);
        String today = LocalDate.now().toString();

        Hop first = auditor.get("/console/callbacks?app=" + DemoTenant.APP_ID + "&merchant=" + DemoTenant.MCH_NO
                + "&from=" + today + "&to=" + today);
        assertThat(first.status()).isEqualTo(200);
        List<String> firstIds = rowIds(first);
        assertThat(firstIds).hasSize(50).doesNotContain(foreign);
        Matcher next = Pattern.compile("id=\"next-page\" href=\"([^\"]+)\"").matcher(first.body());
        assertThat(next.find()).as("a full page links to the next one").isTrue();
        Hop second = auditor.get(next.group(1).replace("&amp;", "&"));
        List<String> secondIds = rowIds(second);
        assertThat(secondIds).doesNotContainAnyElementsOf(firstIds).doesNotContain(foreign);
        assertThat(second.body()).contains("id=\"first-page\"");
        // the 51 are the newest callbacks of the demo app (other tests' older ones follow them); rows of the same
        // millisecond are ordered by id, so only the split is certain, not the order among them
        assertThat(mine).containsAll(firstIds);
        List<String> rest = new ArrayList<>(mine);
        rest.removeAll(firstIds);
        assertThat(secondIds.getFirst()).isEqualTo(rest.getFirst());

        assertThat(rowIds(auditor.get("/console/callbacks?merchant=" + OTHER))).contains(foreign)
                .doesNotContainAnyElementsOf(mine);
        callbacks.await(foreign, OutboxStatus.DELIVERED, Duration.ofSeconds(20));
        assertThat(rowIds(auditor.get("/console/callbacks?app=" + OTHER_APP + "&status=delivered"))).contains(foreign)
                .doesNotContainAnyElementsOf(mine);
        assertThat(rowIds(auditor.get("/console/callbacks?app=" + OTHER_APP + "&status=FAILED"))).doesNotContain(foreign);
        assertThat(rowIds(auditor.get("/console/callbacks?merchant=" + OTHER + "&from="
                + LocalDate.now().plusDays(1)))).isEmpty();
        assertThat(rowIds(auditor.get("/console/callbacks?merchant=MCH_DOES_NOT_EXIST"))).isEmpty();
        String cursor = OutboxPosition.of(outbox.find(firstIds.getLast()).orElseThrow()).cursor();
        assertThat(rowIds(auditor.get("/console/callbacks?app=" + DemoTenant.APP_ID + "&merchant=" + DemoTenant.MCH_NO
                + "&from=" + today + "&to=" + today + "&after=" + cursor))).isEqualTo(secondIds);
    }

    @Test
    void listWhenAFilterDoesNotParseThenAClearRefusalAndNoRows() {
        ConsoleClient operator = as(ConsoleRole.OPERATOR);
        Map<String, String> refusals = Map.of(
                "/console/callbacks?status=LOST", "状态无效",
                "/console/callbacks?from=2026-13-01", "日期无效",
                "/console/callbacks?from=2026-12-02&to=2026-12-01", "起始日期晚于截止日期",
                "/console/callbacks?reference=" + "x".repeat(129), "筛选条件过长");
        refusals.forEach((path, message) -> {
            Hop answer = operator.get(path);
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.body()).as(path).contains(message).doesNotContain("class=\"callback-row\"");
        });
        Hop cursor = operator.get("/console/callbacks?after=not-a-cursor");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.body()).contains("not a cursor");
        operator.get("/console/language?lang=en");
        assertThat(operator.get("/console/callbacks?status=LOST").body()).contains("Invalid status");
    }

    @Test
    void merchantUserWhenAnotherMerchantsCallbackThenNotFoundAndItsListIsForcedToItsOwn() throws Exception {
        String own = callbacks.authorized(DemoTenant.APP_ID, demo.id(), "own", down.url("/exchange/own"));
        String foreign = callbacks.authorized(OTHER_APP, other.id(), "theirs", down.url("/exchange/theirs"));
        callbacks.await(foreign, OutboxStatus.FAILED, Duration.ofSeconds(20));
        callbacks.await(own, OutboxStatus.FAILED, Duration.ofSeconds(20));
        ConsoleClient merchant = as(ConsoleRole.MERCHANT_USER);

        Hop list = merchant.get("/console/callbacks?merchant=" + OTHER);
        assertThat(rowIds(list)).contains(own).doesNotContain(foreign);
        assertThat(list.body()).contains("value=\"" + DemoTenant.MCH_NO + "\"").doesNotContain(OTHER);
        assertThat(rowIds(merchant.get("/console/callbacks?app=" + OTHER_APP))).isEmpty();

        Hop forged = merchant.get("/console/callbacks/" + foreign);
        Hop unknown = merchant.get("/console/callbacks/NOSUCHCALLBACK0000000000");
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.body()).isEqualTo(unknown.body());
        assertThat(merchant.post("/console/callbacks/" + foreign + "/retry", Map.of()).status()).isEqualTo(404);
        assertThat(outbox.find(foreign).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);

        Hop ownDetail = merchant.get("/console/callbacks/" + own);
        assertThat(ownDetail.body()).contains("id=\"retry-now\"");
        assertThat(merchant.post("/console/callbacks/" + own + "/retry", Map.of()).status()).isEqualTo(302);
        assertThat(audit.search("callback.retry", demo.id(), 0, 50)).anyMatch(e -> e.target().equals(own)
                && e.actor().equals("cb-merchant_user"));

        ConsoleClient auditor = as(ConsoleRole.AUDITOR);
        assertThat(auditor.get("/console/callbacks/" + foreign).body()).doesNotContain("id=\"retry-now\"")
                .contains("审计员只能查看");
        assertThat(auditor.post("/console/callbacks/" + foreign + "/retry", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void adminListWhenMerchantAndAppFiltersThenOnlyTheirCallbacksOnTheSameQuery() throws Exception {
        String foreign = callbacks.authorized(OTHER_APP, other.id(), "api", up.url("/exchange/api"));
        String own = callbacks.authorized(DemoTenant.APP_ID, demo.id(), "api", up.url("/exchange/api"));

        String byMerchant = admin("/admin/v1/callbacks?merchant=" + OTHER + "&limit=500");
        String byApp = admin("/admin/v1/callbacks?appId=" + OTHER_APP + "&limit=500");
        String both = admin("/admin/v1/callbacks?merchant=" + DemoTenant.MCH_NO + "&appId=" + OTHER_APP);

        assertThat(byMerchant).contains(foreign).doesNotContain(own).contains("\"appId\":\"" + OTHER_APP + "\"");
        assertThat(byApp).contains(foreign).doesNotContain(own);
        assertThat(both).isEqualTo("[]");
        assertThat(admin("/admin/v1/callbacks?merchant=MCH_DOES_NOT_EXIST")).isEqualTo("[]");
    }

    private static String admin(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", "Bearer test-operator-token").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static List<String> rowIds(Hop page) {
        assertThat(page.status()).as(page.uri() + " " + page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        Matcher m = ROW_ID.matcher(page.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    private static int count(String html, String needle) {
        return html.split(Pattern.quote(needle), -1).length - 1;
    }
}
