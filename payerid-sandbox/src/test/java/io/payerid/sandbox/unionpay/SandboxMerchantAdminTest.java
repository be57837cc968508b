package io.payerid.sandbox.unionpay;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Runtime registration of acquirer merchants: {@code POST/GET {base}/merchants}. */
class SandboxMerchantAdminTest extends UnionPaySandboxHttpTest {

    @Test
    void aRegisteredMerchantCanRedeemCodesAndWhitelistsItsDomain() {
        String before = browse(userAuthPath("1.0.0", "https://shop.example/cb"), CLOUD_PAY_UA, "alice").body();
        assertThat(before).contains("redirectUrl 域名未登记");

        HttpResponse<String> created = postJson(BASE + "/merchants",
                "{\"mchId\":\"RT0000001\",\"key\":\"rt-key-secret\",\"redirectDomains\":[\"Shop.Example:443\"]}");
        HttpResponse<String> again = postJson(BASE + "/merchants",
                "{\"mchId\":\"RT0000001\",\"key\":\"rt-key-secret\",\"redirectDomains\":[\"shop.example\"]}");
        HttpResponse<String> fetched = browse(BASE + "/merchants/RT0000001", DESKTOP_UA, null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(BASE + "/merchants/RT0000001");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(fetched.body()).isEqualTo("{\"mchId\":\"RT0000001\",\"redirectDomains\":[\"shop.example\"]}");
        assertThat(created.body() + fetched.body()).doesNotContain("rt-key-secret");

        HttpResponse<String> authorized = browse(userAuthPath("1.0.0", "https://shop.example/cb"), CLOUD_PAY_UA, "alice");
        String code = queryOf(location(authorized)).get("userAuthCode");
        assertThat(exchange("RT0000001", "rt-key-secret", code, "UnionPay/1.0 CloudPay")).containsEntry("result_code", "0");
    }

    @Test
    void badRegistrationsAreClientErrors() {
        assertThat(postJson(BASE + "/merchants", "{\"mchId\":\"bad id\",\"key\":\"k\"}").statusCode()).isEqualTo(400);
        assertThat(postJson(BASE + "/merchants", "{\"mchId\":\"OK1\"}").body()).contains("key must not be blank");
        assertThat(postJson(BASE + "/merchants", "not json").statusCode()).isEqualTo(400);
        assertThat(browse(BASE + "/merchants/NOPE", DESKTOP_UA, null).statusCode()).isEqualTo(404);
    }
}
