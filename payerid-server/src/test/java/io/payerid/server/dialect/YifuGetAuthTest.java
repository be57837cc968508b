package io.payerid.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.AlipayApp;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.ChannelMode;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.OwnerType;
import io.payerid.core.tenant.Secret;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.sandbox.alipay.IdentityMode;
import io.payerid.sandbox.alipay.SandboxAlipayApp;
import io.payerid.sandbox.alipay.SandboxAlipayApps;
import io.payerid.server.config.PlatformKeys;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 002 (易付 jsapi/getauth2), signed exactly as the seed's four-step example. */
class YifuGetAuthTest extends GatewayTest {

    static final String INST_NO = "900001";
    static final String MCH_NO = "851902270018";
    static final String KEY = "yifu-institution-key-0001";
    static final String REDIRECT = "https://www.baidu.com?aa=123";
    static final String UNIONPAY_UA = "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "Chrome/120.0 Mobile Safari/537.36 com.unionpay.chsp UnionPay/1.0 CloudPay";

    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;
    @Autowired
    SandboxAlipayApps alipaySandbox;

    @BeforeEach
    void seedMerchant() {
        SeedTenants seeds = new SeedTenants(directory, admin);
        Institution isv = seeds.institution(INST_NO, KEY);
        seeds.merchant(isv, MCH_NO, List.of("https://www.baidu.com"));
    }

    /** Steps 2-4 of the seed: raw redirect_uri in the sign string, MD5, then encode it in the URL. */
    static String authUrl(String instNo, String mchNo, String redirectUri, String key) throws Exception {
        String param = "inst_no=" + instNo + "&mch_no=" + mchNo + "&redirect_uri=" + redirectUri + "&key=" + key;
        String sign = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(param.getBytes(StandardCharsets.UTF_8)));
        return BASE + "/yfpay/jsapi/getauth2?redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8)
                + "&inst_no=" + instNo + "&mch_no=" + mchNo + "&sign=" + sign;
    }

    @Test
    void wechatPayerGetsOpenidAppendedAsInTheSeedExample() throws Exception {
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice")
                .follow(authUrl(INST_NO, MCH_NO, REDIRECT, KEY), l -> l.startsWith("https://www.baidu.com"));
        assertThat(last.location()).matches("https://www\\.baidu\\.com\\?aa=123&openid=o[A-Za-z0-9_-]{27}");
    }

    @Test
    void alipayPayerGetsTheAlipayIdUnderTheSameName() throws Exception {
        Hop last = Browser.alipay().asSandboxAlipayUser(BASE, "bob")
                .follow(authUrl(INST_NO, MCH_NO, REDIRECT, KEY), l -> l.startsWith("https://www.baidu.com"));
        assertThat(last.location()).startsWith("https://www.baidu.com?aa=123&openid=");
        String alipayId = Browser.query(last.location()).get("openid");
        assertThat(alipayId).isNotBlank().doesNotStartWith("o");
    }

    @Test
    void getAuthWhenCalledOnTheBarePathThenServesTheSameFlow() throws Exception {
        String bare = authUrl(INST_NO, MCH_NO, REDIRECT, KEY).replace("/yfpay/jsapi/", "/jsapi/");
        Hop last = Browser.wechat().asSandboxUser(BASE, "alice").follow(bare, l -> l.startsWith("https://www.baidu.com"));
        assertThat(last.location()).matches("https://www\\.baidu\\.com\\?aa=123&openid=o[A-Za-z0-9_-]{27}");
    }

    @Test
    void getAuthWhenAlipayReturnsBothIdsThenAnswersTheSeedsServiceWindowUserId() throws Exception {
        String mchNo = "8519" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Institution isv = directory.institutionByInstNo(INST_NO).orElseThrow();
        Merchant merchant = new SeedTenants(directory, admin).merchant(isv, mchNo, List.of("https://www.baidu.com"));
        String alipayAppId = "2021" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        String privateKey = PlatformKeys.generatePrivateKeyBase64();
        admin.putChannel(OwnerType.MERCHANT, merchant.id(), ChannelKind.ALIPAY, ChannelMode.DIRECT,
                Map.of(AlipayApp.APP_ID, alipayAppId, AlipayApp.ALIPAY_PUBLIC_KEY, alipaySandbox.alipayPublicKey()),
                Map.of(AlipayApp.PRIVATE_KEY, Secret.of(privateKey)));
        alipaySandbox.register(SandboxAlipayApp.of(alipayAppId, PlatformKeys.fromPrivateKey(privateKey).publicKeyBase64(),
                List.of("localhost"), IdentityMode.BOTH));

        Hop last = Browser.alipay().asSandboxAlipayUser(BASE, "bob")
                .follow(authUrl(INST_NO, mchNo, REDIRECT, KEY), l -> l.startsWith("https://www.baidu.com"));

        assertThat(Browser.query(last.location()).get("openid")).matches("2088\\d{12}");
    }

    @Test
    void getAuthWhenOpenedInsideUnionPayThenSaysPlainlyOnlyWechatAndAlipayAreServed() throws Exception {
        Hop hop = new Browser(UNIONPAY_UA).get(authUrl(INST_NO, MCH_NO, REDIRECT, KEY));
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("WECHAT_ALIPAY_ONLY").contains("此入口仅支持微信和支付宝").doesNotContain("云闪付扫码");
    }

    @Test
    void upperCaseSignIsAcceptedToo() throws Exception {
        String url = authUrl(INST_NO, MCH_NO, REDIRECT, KEY);
        String upper = url.substring(0, url.indexOf("&sign=")) + "&sign=" + url.substring(url.indexOf("&sign=") + 6).toUpperCase();
        assertThat(Browser.wechat().get(upper).location()).contains("/sandbox/wechat/open/connect/oauth2/authorize");
    }

    @Test
    void wrongKeyOrTamperedRedirectIsRefused() throws Exception {
        Hop wrongKey = Browser.wechat().get(authUrl(INST_NO, MCH_NO, REDIRECT, "not-the-key"));
        assertThat(wrongKey.status()).isEqualTo(401);
        assertThat(wrongKey.body()).contains("INVALID_SIGNATURE").contains("签名验证失败");

        String signed = authUrl(INST_NO, MCH_NO, REDIRECT, KEY);
        String tampered = signed.replace(URLEncoder.encode(REDIRECT, StandardCharsets.UTF_8),
                URLEncoder.encode("https://www.baidu.com?aa=124", StandardCharsets.UTF_8));
        assertThat(Browser.wechat().get(tampered).status()).isEqualTo(401);
    }

    @Test
    void aMerchantOfAnotherInstitutionIsUnknownHere() throws Exception {
        assertThat(Browser.wechat().get(authUrl(INST_NO, "MCH_DEMO", REDIRECT, KEY)).status()).isEqualTo(404);
    }

    @Test
    void aPlainBrowserIsAskedToOpenItInAWallet() throws Exception {
        Hop hop = new Browser("Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0").get(authUrl(INST_NO, MCH_NO, REDIRECT, KEY));
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("WECHAT_ALIPAY_ONLY").contains("请使用微信或支付宝扫码打开");
    }

    @Test
    void missingParametersAreAPayerPage() {
        Hop hop = Browser.wechat().get(BASE + "/yfpay/jsapi/getauth2?inst_no=900001");
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("INVALID_REQUEST");
    }
}
