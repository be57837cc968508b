package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.account.ConsoleAccounts;
import io.payerid.console.account.ConsoleRole;
import io.payerid.console.whitelist.WhitelistRequest;
import io.payerid.console.whitelist.WhitelistRequest.Status;
import io.payerid.console.whitelist.WhitelistRequests;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.core.tenant.WhitelistEntry;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A merchant user's whitelist form files a request instead of adding the entry; a platform operator approves it
 * (the rules run again, then the entry exists) or rejects it with a reason; the merchant user may withdraw it; a
 * decided request cannot be decided again, and nobody reaches another merchant's requests.
 */
class WhitelistRequestTest extends GatewayTest {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String OTHER = "MCH_WLREQ_OTHER";

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    ConsoleAccounts accounts;
    @Autowired
    TenantAdmin admin;
    @Autowired
    TenantDirectory directory;
    @Autowired
    WhitelistRequests requests;

    private Merchant demo;
    private Merchant other;
    private ConsoleClient merchantUser;
    private ConsoleClient otherMerchantUser;
    private ConsoleClient operator;
    private ConsoleClient auditor;

    @BeforeEach
    void accounts() {
        seeder.seed();
        demo = directory.merchantByMchNo(DemoTenant.MCH_NO).orElseThrow();
        if (directory.merchantByMchNo(OTHER).isEmpty()) {
            admin.createMerchant(demo.institutionId(), OTHER, "另一个商户", true);
        }
        other = directory.merchantByMchNo(OTHER).orElseThrow();
        merchantUser = client("wlreq-merchant", ConsoleRole.MERCHANT_USER, demo.id());
        otherMerchantUser = client("wlreq-other", ConsoleRole.MERCHANT_USER, other.id());
        operator = client("wlreq-operator", ConsoleRole.OPERATOR, null);
        auditor = client("wlreq-auditor", ConsoleRole.AUDITOR, null);
    }

    private ConsoleClient client(String username, ConsoleRole role, String merchantId) {
        if (accounts.byUsername(username).isEmpty()) {
            accounts.create(username, PASSWORD, role, merchantId);
        }
        return new ConsoleClient(BASE).login(username, PASSWORD);
    }

    private WhitelistRequest ask(ConsoleClient who, Merchant merchant, String url) {
        Hop answer = who.post("/console/merchants/" + merchant.mchNo() + "/whitelist", Map.of("url", url));
        assertThat(answer.status()).as(answer.body()).isEqualTo(302);
        return requests.ofMerchant(merchant.id(), 50).stream().filter(r -> r.url().equals(url)).findFirst().orElseThrow();
    }

    private boolean whitelisted(Merchant merchant, String url) {
        return directory.whitelist(merchant.id()).stream().map(WhitelistEntry::display).anyMatch(url::equals);
    }

    private static String decide(Merchant merchant, WhitelistRequest request, String decision) {
        return "/console/merchants/" + merchant.mchNo() + "/whitelist-requests/" + request.id() + "/" + decision;
    }

    @Test
    void addWhenMerchantUserThenRequestWaitsAndOperatorApprovalAddsTheEntry() {
        String url = "https://approve.wlreq.example.com/pay/";
        WhitelistRequest request = ask(merchantUser, demo, url);

        assertThat(request.status()).isEqualTo(Status.PENDING);
        assertThat(whitelisted(demo, url)).as("not before approval").isFalse();
        assertThat(merchantUser.get("/console/merchants/" + demo.mchNo()).body()).contains(url).contains("待审核");
        assertThat(operator.get("/console/whitelist-requests").body()).contains(url).contains(demo.mchNo());

        assertThat(merchantUser.post(decide(demo, request, "approve"), Map.of()).status())
                .as("a merchant user cannot approve its own request").isEqualTo(403);
        assertThat(auditor.post(decide(demo, request, "approve"), Map.of()).status()).isEqualTo(403);
        assertThat(operator.post(decide(demo, request, "approve"), Map.of()).status()).isEqualTo(302);

        assertThat(whitelisted(demo, url)).isTrue();
        assertThat(requests.find(demo.id(), request.id()).orElseThrow().status()).isEqualTo(Status.APPROVED);
        assertThat(operator.post(decide(demo, request, "approve"), Map.of()).status())
                .as("decided once").isEqualTo(404);
        assertThat(operator.get("/console/audit?q=" + request.id()).body())
                .contains("whitelist.request").contains("whitelist.approve");
    }

    @Test
    void rejectWhenOperatorGivesReasonThenNoEntryAndTheMerchantSeesWhy() {
        String url = "https://reject.wlreq.example.com/pay/";
        WhitelistRequest request = ask(merchantUser, demo, url);

        assertThat(operator.post(decide(demo, request, "reject"), Map.of("reason", "不是贵司的域名")).status())
                .isEqualTo(302);

        assertThat(whitelisted(demo, url)).isFalse();
        WhitelistRequest decided = requests.find(demo.id(), request.id()).orElseThrow();
        assertThat(decided.status()).isEqualTo(Status.REJECTED);
        assertThat(decided.reason()).isEqualTo("不是贵司的域名");
        assertThat(merchantUser.get("/console/merchants/" + demo.mchNo()).body()).contains("不是贵司的域名").contains("已拒绝");
    }

    @Test
    void withdrawWhenMerchantUserThenClosedAndNoLongerApprovable() {
        WhitelistRequest request = ask(merchantUser, demo, "https://withdraw.wlreq.example.com/pay/");

        assertThat(operator.post(decide(demo, request, "withdraw"), Map.of()).status())
                .as("operators reject, they do not withdraw").isEqualTo(403);
        assertThat(merchantUser.post(decide(demo, request, "withdraw"), Map.of()).status()).isEqualTo(302);

        assertThat(requests.find(demo.id(), request.id()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        assertThat(operator.post(decide(demo, request, "approve"), Map.of()).status()).isEqualTo(404);
    }

    @Test
    void requestWhenAnotherMerchantsThenNotFoundForItsUsersEvenWithTheRightId() {
        WhitelistRequest request = ask(merchantUser, demo, "https://foreign.wlreq.example.com/pay/");

        assertThat(otherMerchantUser.post(decide(demo, request, "withdraw"), Map.of()).status())
                .isEqualTo(404);
        assertThat(otherMerchantUser.post("/console/merchants/" + OTHER + "/whitelist-requests/" + request.id()
                + "/withdraw", Map.of()).status()).as("the id under its own merchant number").isEqualTo(404);
        assertThat(operator.post("/console/merchants/" + OTHER + "/whitelist-requests/" + request.id() + "/approve",
                Map.of()).status()).as("an id under the wrong merchant").isEqualTo(404);
        assertThat(requests.find(demo.id(), request.id()).orElseThrow().status()).isEqualTo(Status.PENDING);
    }

    @Test
    void addWhenMerchantUsersUrlBreaksTheRulesThenRefusedAtOnceWithTheReasonAndNothingFiled() {
        int before = requests.pendingCount(demo.id());
        Hop refused = merchantUser.post("/console/merchants/" + demo.mchNo() + "/whitelist",
                Map.of("url", "https://refused.wlreq.example.com/pay/?q=1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("白名单地址被拒绝");
        assertThat(requests.pendingCount(demo.id())).isEqualTo(before);
    }

    @Test
    void addWhenSameUrlIsOpenOrTooManyAreOpenThenRefused() {
        String url = "https://twice.wlreq.example.com/pay/";
        ask(otherMerchantUser, other, url);
        assertThat(otherMerchantUser.post("/console/merchants/" + OTHER + "/whitelist", Map.of("url", url)).status())
                .isEqualTo(400);

        for (int i = requests.pendingCount(other.id()); i < WhitelistRequests.MAX_PENDING_PER_MERCHANT; i++) {
            ask(otherMerchantUser, other, "https://many" + i + ".wlreq.example.com/pay/");
        }
        Hop overflow = otherMerchantUser.post("/console/merchants/" + OTHER + "/whitelist",
                Map.of("url", "https://one-too-many.wlreq.example.com/pay/"));
        assertThat(overflow.status()).isEqualTo(400);
        assertThat(overflow.body()).contains("at most " + WhitelistRequests.MAX_PENDING_PER_MERCHANT);
    }
}
