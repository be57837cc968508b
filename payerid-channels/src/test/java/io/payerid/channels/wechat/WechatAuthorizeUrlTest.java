package io.payerid.channels.wechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import me.chanjar.weixin.common.api.WxConsts;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import org.junit.jupiter.api.Test;

/** Our authorize URL against the one WxJava builds, for the same account, hosts and inputs. */
class WechatAuthorizeUrlTest {

    private static final String SANDBOX = "http://localhost:8080/sandbox/wechat/open";

    static final List<String> REDIRECTS = List.of(
            "http://localhost:8080/v1/oauth/callback/wechat_oa/k1.AbCdEf-_0123456789",
            "https://pay.example.com/v1/oauth/callback/wechat_oa/k1.x?already=query&a=b#frag",
            "https://pay.example.com/支付/回调 with spaces/%41%zz/100%",
            "https://h/:/?#[]@!$&'()*+,;=-_.~\"<>\\^`{|}", "é ü ß \u00ff\u0100 \u0800\uffff", "", " ");

    @Test
    void buildWhenTableOfRedirectsThenByteIdenticalToWxJava() {
        for (String host : new String[] {null, SANDBOX}) {
            for (String redirect : REDIRECTS) {
                for (String state : new String[] {"Ab3dEf6hIj9kLm2nOp5qRs", " padded ", null}) {
                    for (String scope : new String[] {WxConsts.OAuth2Scope.SNSAPI_BASE, WxConsts.OAuth2Scope.SNSAPI_USERINFO}) {
                        assertThat(WechatAuthorizeUrl.build(host, "wx1234567890abcdef", redirect, scope, state))
                                .isEqualTo(wxJava(host, "wx1234567890abcdef", redirect, scope, state));
                    }
                }
            }
        }
    }

    @Test
    void buildWhenRandomBmpRedirectsThenByteIdenticalToWxJava() {
        Random random = new Random(2);
        for (int n = 0; n < 5_000; n++) {
            String redirect = randomBmp(random);
            assertThat(WechatAuthorizeUrl.build(SANDBOX, "wxapp", redirect, "snsapi_base", "s"))
                    .as(redirect).isEqualTo(wxJava(SANDBOX, "wxapp", redirect, "snsapi_base", "s"));
        }
    }

    /** WxJava loses a supplementary character (each surrogate alone becomes "?"); we keep it. */
    @Test
    void buildWhenEmojiThenFourUtf8OctetsWhereWxJavaWritesTwoQuestionMarks() {
        assertThat(wxJava(null, "wx", "a😀", "snsapi_base", "s")).contains("redirect_uri=a%3F%3F&");
        assertThat(WechatAuthorizeUrl.build(null, "wx", "a😀", "snsapi_base", "s")).contains("redirect_uri=a%F0%9F%98%80&");
    }

    /** What WechatMpServices configures WxJava with, then WxJava's own URL builder. */
    private static String wxJava(String openHost, String appId, String redirect, String scope, String state) {
        WxMpDefaultConfigImpl config = new WxMpDefaultConfigImpl();
        config.setAppId(appId);
        if (openHost != null) {
            WxMpHostConfig hosts = new WxMpHostConfig();
            hosts.setOpenHost(openHost);
            hosts.setApiHost(WxMpHostConfig.API_DEFAULT_HOST_URL);
            hosts.setMpHost(WxMpHostConfig.MP_DEFAULT_HOST_URL);
            config.setHostConfig(hosts);
        }
        WxMpServiceImpl service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        return service.getOAuth2Service().buildAuthorizationUrl(redirect, scope, state);
    }

    /** Every BMP character class (ASCII most often), no surrogates. */
    private static String randomBmp(Random random) {
        int length = random.nextInt(40);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            char c = switch (random.nextInt(4)) {
                case 0, 1 -> (char) random.nextInt(128);
                case 2 -> (char) (0x80 + random.nextInt(0x780));
                default -> (char) (0x800 + random.nextInt(0xD000));
            };
            sb.append(Character.isSurrogate(c) ? 'x' : c);
        }
        return sb.toString();
    }
}
