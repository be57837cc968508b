package io.payerid.server.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.TenantAdmin;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import io.payerid.server.support.GatewayTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 002 (易付 jsapi/getauth2), signed exactly as the seed's four-step example. */
class YifuGetAuthTest extends GatewayTest {

    static final String INST_NO = "900001";
    static final String MCH_NO = "851902270018";
    static final String KEY = "yifu-institution-key-0001";
    static final String REDIRECT = "https://www.baidu.com?aa=123";

    @Autowired
    TenantDirectory directory;
    @Autowired
    TenantAdmin admin;

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
        assertThat(hop.body()).contains("UNSUPPORTED_BROWSER").contains("请使用微信、支付宝或云闪付扫码打开");
    }

    @Test
    void missingParametersAreAPayerPage() {
        Hop hop = Browser.wechat().get(BASE + "/yfpay/jsapi/getauth2?inst_no=900001");
        assertThat(hop.status()).isEqualTo(400);
        assertThat(hop.body()).contains("INVALID_REQUEST");
    }
}
