package io.payerid.server.dialect;

import static io.payerid.server.dialect.WechatCompatPaidUnionIdTest.assertWxError;
import static io.payerid.server.dialect.WxCompatClient.ordered;
import static org.assertj.core.api.Assertions.assertThat;

import cn.binarywang.wx.miniapp.api.WxMaService;
import cn.binarywang.wx.miniapp.api.impl.WxMaServiceImpl;
import cn.binarywang.wx.miniapp.config.impl.WxMaDefaultConfigImpl;
import io.payerid.channels.wechat.WechatHttpClientBuilder;
import io.payerid.server.demo.DemoCredentials;
import io.payerid.server.demo.DemoMiniAppSeeder;
import io.payerid.server.demo.DemoTenant;
import io.payerid.server.demo.DemoTenantSeeder;
import io.payerid.server.dialect.WxCompatClient.Answer;
import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.SandboxWechatClient;
import io.payerid.server.support.TestMerchants;
import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * The WeChat-compatible endpoints' knobs: a path prefix, short token lifetimes (so expiry and the rotation
 * overlap can be watched in real time) and refusing calls that name both order forms.
 */
@TestPropertySource(properties = {
        "payerid.dialects.wxcompat.path-prefix=/wx",
        "payerid.dialects.wxcompat.token-lifetime=3s",
        "payerid.dialects.wxcompat.rotation-overlap=1s",
        "payerid.dialects.wxcompat.both-order-forms=reject"})
class WechatCompatTokenLifetimeTest extends GatewayTest {

    private static final String MCH_ID = "1900000109";

    @Autowired
    DemoTenantSeeder tenantSeeder;
    @Autowired
    DemoMiniAppSeeder miniAppSeeder;

    private final WxCompatClient wx = new WxCompatClient(BASE + "/wx");
    private DemoCredentials demo;

    @BeforeEach
    void demoMerchant() {
        demo = tenantSeeder.seed();
        miniAppSeeder.seed();
    }

    @Test
    void aTokenPastItsLifetimeIs42001() throws InterruptedException {
        String token = wx.token(demo.appId(), demo.appKey());
        assertAccepted(token);

        Thread.sleep(3_100);

        assertWxError(probe(token), 42001, "access_token expired");
    }

    @Test
    void aReplacedTokenWorksForTheOverlapOnly() throws InterruptedException {
        String first = wx.token(demo.appId(), demo.appKey());
        String second = wx.token(demo.appId(), demo.appKey());
        assertAccepted(first);

        Thread.sleep(1_100);

        assertWxError(probe(first), 40001, "invalid credential");
        assertAccepted(second);
    }

    @Test
    void bothOrderFormsAre40097WhenConfiguredSo() {
        String outTradeNo = "B" + TestMerchants.uniqueSuffix();
        Map<String, Object> payment = new SandboxWechatClient(BASE).pay(DemoTenant.MINIAPP_ID, "alice", MCH_ID, outTradeNo, null);

        Answer answer = wx.get("/wxa/getpaidunionid", ordered("access_token", wx.token(demo.appId(), demo.appKey()),
                "openid", (String) payment.get("openid"), "transaction_id", (String) payment.get("transaction_id"),
                "mch_id", MCH_ID, "out_trade_no", outTradeNo));

        assertWxError(answer, 40097, "invalid args hint: [give either transactionId or mchId with outTradeNo, not both]");
    }

    @Test
    void thePrefixIsAllAClientAddsToTheHost() throws WxErrorException {
        Map<String, Object> payment = new SandboxWechatClient(BASE).pay(DemoTenant.MINIAPP_ID, "bob", MCH_ID,
                "P" + TestMerchants.uniqueSuffix(), null);
        WxMaDefaultConfigImpl config = new WxMaDefaultConfigImpl();
        config.setAppid(demo.appId());
        config.setSecret(demo.appKey());
        config.setApiHostUrl(BASE + "/wx");
        // Not WxJava's JVM-wide default pool: it never retries, and every test class restarts the gateway
        // on the same port, so a keep-alive connection pooled by an earlier class fails with NoHttpResponse.
        config.setApacheHttpClientBuilder(WechatHttpClientBuilder.shared());
        WxMaService service = new WxMaServiceImpl();
        service.setWxMaConfig(config);

        assertThat(service.getPaidUnionId((String) payment.get("openid"), (String) payment.get("transaction_id"), null, null))
                .matches("o[A-Za-z0-9_-]{27}");
        assertThat(new WxCompatClient(BASE).get("/cgi-bin/token", Map.of()).status()).as("unprefixed: not served")
                .isEqualTo(404);
    }

    /** The call without openid: 41009 means the token was accepted (it is checked first), without an upstream call. */
    private Answer probe(String token) {
        return wx.get("/wxa/getpaidunionid", Map.of("access_token", token));
    }

    private void assertAccepted(String token) {
        assertWxError(probe(token), 41009, "missing openid");
    }
}
