package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.demo.DemoAlipaySeeder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.demo.DemoUnionPaySeeder;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.FaultyUpstream;
import io.payerid.server.support.FaultyUpstream.Mode;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.MerchantClient;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The payer's browser leg runs against the sandbox as usual, but every server-side upstream call (WeChat's
 * API host, Alipay's gateway, the UnionPay acquirer) goes to a host that fails like a real network: reset,
 * garbage, a proxy's 502, a 200 that is not the API's format, silence. The merchant must get
 * UPSTREAM_UNAVAILABLE when the upstream could not be reached and UPSTREAM_ERROR when it answered something
 * unusable, within the client timeouts, never a 500 or a made-up "errcode 99999".
 */
class UpstreamFaultTest extends GatewayTest {

    private static final FaultyUpstream UPSTREAM = new FaultyUpstream();
    private static final String RETURN = BASE + "/demo/return";
    /** Connect 3 s + read 5-8 s, one retry of an unanswered WeChat request: well inside this. */
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @Autowired
    DemoTenantSeeder seeder;
    @Autowired
    DemoAlipaySeeder alipaySeeder;
    @Autowired
    DemoUnionPaySeeder unionPaySeeder;

    private MerchantClient merchant;

    @DynamicPropertySource
    static void faultyUpstreams(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:faults" + PORT + ";DB_CLOSE_DELAY=-1");
        registry.add("payerid.upstream.wechat-api-host", UPSTREAM::baseUrl);
        registry.add("payerid.upstream.alipay-gateway-url", () -> UPSTREAM.baseUrl() + "/gateway.do");
        registry.add("payerid.upstream.unionpay-gateway-url", () -> UPSTREAM.baseUrl() + "/pay/gateway");
    }

    /** Each fault and the code the merchant must get: unreachable, or reached but answering nothing usable. */
    static Stream<Arguments> faults() {
        return Stream.of(Arguments.of(Mode.RESET, "UPSTREAM_UNAVAILABLE"), Arguments.of(Mode.GARBAGE, "UPSTREAM_UNAVAILABLE"),
                Arguments.of(Mode.BAD_GATEWAY_502, "UPSTREAM_UNAVAILABLE"), Arguments.of(Mode.NOT_THE_API_FORMAT, "UPSTREAM_ERROR"),
                Arguments.of(Mode.SILENT, "UPSTREAM_UNAVAILABLE"));
    }

    @AfterAll
    static void stopUpstream() {
        UPSTREAM.close();
    }

    @BeforeEach
    void demoMerchant() {
        DemoCredentials demo = seeder.seed();
        alipaySeeder.seed();
        unionPaySeeder.seed();
        merchant = new MerchantClient(BASE, demo.appId(), demo.mchNo(), demo.appKey());
    }

    @ParameterizedTest
    @MethodSource("faults")
    void wechatExchangeWhenUpstreamFailsThenMerchantGetsTheRightCode(Mode mode, String expected) {
        UPSTREAM.mode(mode);
        Browser browser = Browser.wechat().asSandboxUser(BASE, "alice");
        assertThat(finish(browser, signedUrl("WECHAT_OA"))).containsEntry("error", expected);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void alipayExchangeWhenUpstreamFailsThenMerchantGetsTheRightCode(Mode mode, String expected) {
        UPSTREAM.mode(mode);
        Browser browser = Browser.alipay().asSandboxAlipayUser(BASE, "alice");
        assertThat(finish(browser, signedUrl("ALIPAY"))).containsEntry("error", expected);
    }

    @ParameterizedTest
    @MethodSource("faults")
    void unionPayExchangeWhenUpstreamFailsThenMerchantGetsTheRightCode(Mode mode, String expected) {
        UPSTREAM.mode(mode);
        Browser browser = new Browser(UnionPayRedirectFlowTest.CLOUD_PAY_UA);
        Hop picker = browser.follow(signedUrl("UNIONPAY"), UpstreamFaultTest::atMerchant);
        Hop chosen = browser.submitForm(picker, "alice");
        assertThat(finish(browser, chosen.location())).containsEntry("error", expected);
    }

    private String signedUrl(String channel) {
        Map<String, String> params = merchant.params(RETURN, "base", "order-1");
        params.put("channel", channel);
        return merchant.url(merchant.signMd5(params));
    }

    private static Map<String, String> finish(Browser browser, String url) {
        long start = System.nanoTime();
        Hop last = browser.follow(url, UpstreamFaultTest::atMerchant);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(DEADLINE);
        assertThat(last.location()).as(last.status() + " " + last.body()).startsWith(RETURN);
        return Browser.query(last.location());
    }

    private static boolean atMerchant(String location) {
        return location.startsWith(RETURN);
    }
}
