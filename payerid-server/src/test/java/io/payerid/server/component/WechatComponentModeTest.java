package io.payerid.server.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.channels.wechat.component.ComponentCalls;
import io.payerid.channels.xml.FlatXml;
import io.payerid.core.component.ComponentTickets;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.sandbox.wechat.SandboxWechatApp;
import io.payerid.sandbox.wechat.SandboxWechatApps;
import io.payerid.server.persistence.ComponentAuthorizerRepository;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.SignedJsonClient.Answer;
import io.payerid.server.support.TestMerchants;
import io.payerid.server.support.TestMerchants.TestMerchant;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Third-party platform (component) mode through HTTP, against the WeChat sandbox playing WeChat: ticket pushes
 * (signed, encrypted, twice, tampered, garbage, oversized), the component token with and without a current ticket,
 * onboarding by link through the sandbox's authorization page, the unauthorized event, and payers identified through
 * the platform by the one browser flow and by {@code /v1/miniprogram/identity}. Each test has its own platform.
 */
@TestPropertySource(properties = "payerid.sandbox.wechat.component.ticket-interval=0s")
class WechatComponentModeTest extends GatewayTest {

    private static final String RETURN = BASE + "/demo/return";

    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxWechatApps sandboxApps;
    @Autowired
    ComponentTickets tickets;
    @Autowired
    ComponentAuthorizerRepository authorizers;
    @Autowired
    ComponentCalls calls;

    private ComponentPlatform platform;
    private TestMerchant merchant;
    private String officialAccount;

    @BeforeEach
    void platformMerchantAndAccount() {
        platform = ComponentPlatform.create(BASE, admin);
        merchant = TestMerchants.under(admin, platform.institution.id());
        admin.addWhitelistEntry(merchant.merchant().id(), "http", "localhost", PORT, "/demo/return");
        officialAccount = registerSandboxAccount(List.of("localhost"));
    }

    @Test
    void pushWhenSignedTicketThenSuccessAndTheTicketIsStored() {
        Map<String, Object> delivery = platform.pushTicket();

        assertThat(delivery).containsEntry("status", 200).containsEntry("answer", "success");
        assertThat(tickets.current(platform.appId)).startsWith("ticket@@@");
        HttpResponse<String> status = platform.admin("GET", "/admin/v1/institutions/" + platform.institution.instNo()
                + "/wechat-component", null);
        assertThat(status.body()).contains("\"hasTicket\":true").doesNotContain("ticket@@@");
    }

    @Test
    void sandboxPushWhenReadBySdkThenWechatsEncryptionAndSignature() {
        Map<String, String> push = platform.preparedTicket();
        Map<String, String> query = Browser.query("x?" + push.get("query"));

        String plain = new WxCryptUtil(platform.token, platform.aesKey, platform.appId).decryptXml(query.get("msg_signature"),
                query.get("timestamp"), query.get("nonce"), push.get("body"));

        assertThat(plain).contains("<InfoType><![CDATA[component_verify_ticket]]></InfoType>")
                .contains("<ComponentVerifyTicket><![CDATA[ticket@@@");
    }

    @Test
    void pushWhenEncryptedBySdkThenAcceptedAndItsTicketStored() {
        String event = "<xml><AppId><![CDATA[" + platform.appId + "]]></AppId><CreateTime>"
                + Instant.now().getEpochSecond() + "</CreateTime><InfoType><![CDATA[component_verify_ticket]]></InfoType>"
                + "<ComponentVerifyTicket><![CDATA[ticket@@@fromsdk]]></ComponentVerifyTicket></xml>";
        String sealed = new WxCryptUtil(platform.token, platform.aesKey, platform.appId).encrypt(event);
        Map<String, String> fields = FlatXml.read(sealed.getBytes(StandardCharsets.UTF_8));
        String encrypt = fields.get("Encrypt");
        String signature = fields.get("MsgSignature");
        String timestamp = fields.get("TimeStamp");
        String nonce = fields.get("Nonce");

        HttpResponse<String> answer = platform.postPush("timestamp=" + timestamp + "&nonce=" + nonce
                + "&encrypt_type=aes&msg_signature=" + signature, "<xml><AppId>" + platform.appId + "</AppId><Encrypt>"
                + encrypt + "</Encrypt></xml>");

        assertThat(answer.body()).isEqualTo("success");
        assertThat(tickets.current(platform.appId)).isEqualTo("ticket@@@fromsdk");
    }

    @Test
    void pushWhenSentTwiceThenBothAnsweredSuccessAndOneTicketKept() {
        Map<String, String> push = platform.preparedTicket();

        HttpResponse<String> first = platform.postPush(push.get("query"), push.get("body"));
        HttpResponse<String> second = platform.postPush(push.get("query"), push.get("body"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).isEqualTo("success");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).isEqualTo("success");
        assertThat(tickets.current(platform.appId)).startsWith("ticket@@@");
    }

    @Test
    void pushWhenSignatureWrongThenComponentPushInvalidAndNoTicket() {
        Map<String, String> push = platform.preparedTicket();
        String tampered = push.get("query").replaceAll("msg_signature=[0-9a-f]{4}", "msg_signature=0000");

        HttpResponse<String> answer = platform.postPush(tampered, push.get("body"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"code\":\"COMPONENT_PUSH_INVALID\"").contains("msg_signature");
        assertThat(tickets.find(platform.appId)).isEmpty();
    }

    @Test
    void pushWhenGarbageOrOversizedOrForAnotherPlatformThenComponentPushInvalidNeverA500() {
        Map<String, String> push = platform.preparedTicket();
        ComponentPlatform other = ComponentPlatform.create(BASE, admin);

        List<HttpResponse<String>> answers = List.of(
                platform.postPush(push.get("query"), "not xml at all"),
                platform.postPush(push.get("query"), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><xml>&e;</xml>"),
                platform.postPush(push.get("query"), "<xml><Encrypt>" + "A".repeat(70_000) + "</Encrypt></xml>"),
                platform.postPush("timestamp=1&nonce=2", push.get("body")),
                // Signed and encrypted for one platform, posted to another institution's URL.
                ComponentPlatform.post(other.pushUrl() + "?" + push.get("query"), "text/xml", push.get("body")),
                ComponentPlatform.post(BASE + "/v1/wechat/component/NO_SUCH_INST/events?" + push.get("query"), "text/xml",
                        push.get("body")));

        assertThat(answers).allSatisfy(answer -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("COMPONENT_PUSH_INVALID").doesNotContain("Exception").doesNotContain("passwd");
        });
    }

    @Test
    void componentTokenWhenManyCallersAtOnceThenOneFetchAndOneToken() throws Exception {
        platform.pushTicket();
        var account = calls.accounts().forMerchant(merchant.merchant());
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> callers = IntStream.range(0, 32).<Future<?>>mapToObj(i -> threads.submit(() -> {
                start.await();
                return seen.add(calls.accounts().token(account).value());
            })).toList();
            start.countDown();
            for (Future<?> caller : callers) {
                caller.get();
            }
        }
        // The sandbox issues a new component token on every api_component_token call: one value means one fetch.
        assertThat(seen).hasSize(1);
    }

    @Test
    void onboardingWhenNoTicketYetThenComponentTicketMissingPage() {
        Hop page = Browser.wechat().get(platform.onboardingLink(merchant, ChannelKind.WECHAT_OA));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("COMPONENT_TICKET_MISSING");
    }

    @Test
    void onboardingWhenTicketOlderThanItsLifeThenComponentTicketMissingPage() {
        tickets.store(platform.appId, "ticket@@@stale", Instant.now().minus(Duration.ofHours(13)));

        Hop page = Browser.wechat().get(platform.onboardingLink(merchant, ChannelKind.WECHAT_OA));

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.body()).contains("COMPONENT_TICKET_MISSING");
    }

    @Test
    void onboardingWhenMerchantApprovesThenAuthorizerStoredEncryptedAndChannelInComponentMode() {
        platform.pushTicket();

        Hop result = platform.onboard(merchant, ChannelKind.WECHAT_OA, officialAccount);

        assertThat(result.status()).as(result.body()).isEqualTo(200);
        assertThat(result.body()).contains("授权成功").contains(officialAccount);
        ChannelConfig channel = admin.channel(OwnerType.MERCHANT, merchant.merchant().id(), ChannelKind.WECHAT_OA).orElseThrow();
        assertThat(channel.mode()).isEqualTo(ChannelMode.COMPONENT);
        assertThat(channel.settings()).containsEntry("appId", officialAccount).containsEntry("componentAppId", platform.appId);
        var stored = authorizers.find(platform.appId, officialAccount).orElseThrow();
        assertThat(stored.status()).isEqualTo("AUTHORIZED");
        assertThat(stored.refreshToken().reveal()).startsWith("refreshtoken@@@");
        assertThat(stored.refreshToken().toString()).doesNotContain("refreshtoken");
    }

    @Test
    void onboardingWhenAuthCodeReplayedThenComponentAuthCodeInvalid() {
        platform.pushTicket();
        Hop result = platform.onboard(merchant, ChannelKind.WECHAT_OA, officialAccount);

        Hop replay = Browser.wechat().get(result.uri().toString());

        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.body()).contains("COMPONENT_AUTH_CODE_INVALID");
    }

    @Test
    void onboardingWhenLinkTamperedThenComponentAuthCodeInvalid() {
        platform.pushTicket();
        String link = platform.onboardingLink(merchant, ChannelKind.WECHAT_OA);

        Hop page = Browser.wechat().get(link.substring(0, link.length() - 4) + "AAAA");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("COMPONENT_AUTH_CODE_INVALID");
    }

    @Test
    void payerFlowWhenMerchantOnboardedThenOpenidOfTheAuthorizerThroughComponentOAuth() {
        platform.pushTicket();
        platform.onboard(merchant, ChannelKind.WECHAT_OA, officialAccount);
        MerchantClient client = new MerchantClient(BASE, merchant.app().appId(), merchant.merchant().mchNo(), merchant.key());
        Browser payer = Browser.wechat().asSandboxUser(BASE, "alice");

        Hop entry = payer.get(client.authorizeUrl(RETURN, "base", "order-c1"));
        assertThat(entry.location()).contains("appid=" + officialAccount).contains("&component_appid=" + platform.appId);
        Hop callback = payer.follow(entry.location(), location -> location.contains("/v1/oauth/callback/"));
        assertThat(callback.location()).contains("appid=" + officialAccount);
        Hop last = payer.follow(callback.location(), location -> location.startsWith(RETURN));

        Map<String, String> answer = Browser.query(last.location());
        assertThat(answer).containsEntry("state", "order-c1").containsEntry("channel", "WECHAT_OA")
                .containsEntry("channelAppId", officialAccount).doesNotContainKey("error");
        assertThat(answer.get("openid")).startsWith("o").hasSize(28);
        assertThat(client.verifyAnswer(answer)).isTrue();
    }

    @Test
    void payerFlowWhenAuthorizationWithdrawnThenComponentNotAuthorized() {
        platform.pushTicket();
        platform.onboard(merchant, ChannelKind.WECHAT_OA, officialAccount);

        Map<String, Object> delivery = platform.pushAuthorization("unauthorized", officialAccount);
        assertThat(delivery).containsEntry("answer", "success");
        assertThat(authorizers.find(platform.appId, officialAccount).orElseThrow().status()).isEqualTo("UNAUTHORIZED");

        MerchantClient client = new MerchantClient(BASE, merchant.app().appId(), merchant.merchant().mchNo(), merchant.key());
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(client.authorizeUrl(RETURN, "base", "order-c2"), location -> location.startsWith(RETURN));
        assertThat(Browser.query(last.location())).containsEntry("error", "COMPONENT_NOT_AUTHORIZED");

        // updateauthorized: the account authorized the platform again.
        assertThat(platform.pushAuthorization("updateauthorized", officialAccount)).containsEntry("answer", "success");
        Hop again = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(client.authorizeUrl(RETURN, "base", "order-c3"), location -> location.startsWith(RETURN));
        assertThat(Browser.query(again.location())).containsKey("openid").doesNotContainKey("error");
    }

    @Test
    void miniProgramIdentityWhenMiniProgramOnboardedThenOpenidThroughComponentJscode2session() {
        platform.pushTicket();
        String miniProgram = registerSandboxAccount(List.of());
        platform.onboard(merchant, ChannelKind.WECHAT_MINIAPP, miniProgram);
        Map<String, Object> login = new SandboxWechatClient(BASE).miniProgramLogin(miniProgram, "bob");

        Answer answer = merchant.client(BASE).post("/v1/miniprogram/identity",
                Map.of("channel", "WECHAT_MINIAPP", "code", (String) login.get("code")));

        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("channelAppId", miniProgram).containsEntry("openid", (String) login.get("openid"));
        assertThat(answer.raw()).doesNotContain((String) login.get("session_key"));
    }

    private String registerSandboxAccount(List<String> domains) {
        String appId = "wxa" + TestMerchants.uniqueSuffix().toLowerCase();
        sandboxApps.register(new SandboxWechatApp(appId, "secret" + TestMerchants.uniqueSuffix(), domains, "open-sandbox-1"));
        return appId;
    }
}
