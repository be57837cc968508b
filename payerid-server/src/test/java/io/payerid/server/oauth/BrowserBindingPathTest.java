package io.payerid.server.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrowserBindingPathTest {

    @Test
    void pathOfWhenCallbackUrlsThenSameAsUriRawPath() {
        for (String url : List.of("http://localhost:8080/v1/oauth/callback/wechat_oa/k1.AbC-_09",
                "https://pay.example.com:8443/base/v1/oauth/callback/alipay/k1.x?ignored=1",
                "https://pay.example.com/v1/oauth/callback/unionpay/k1.y#frag", "https://h/%E4%B8%AD/x",
                "https://h/p?a#b", "https://h/p#a?b", "https://h/p")) {
            assertThat(BrowserBinding.pathOf(url)).as(url).isEqualTo(URI.create(url).getRawPath());
        }
    }
}
