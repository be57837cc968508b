package io.payerid.sandbox.wechat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import static io.payerid.sandbox.support.SandboxHttp.location;
import static io.payerid.sandbox.support.SandboxHttp.parseJson;
import static io.payerid.sandbox.support.SandboxHttp.queryOf;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1;
import static io.payerid.sandbox.wechat.SandboxBrowser.APP1_SECRET;
import static io.payerid.sandbox.wechat.SandboxBrowser.BASE;
import static io.payerid.sandbox.wechat.SandboxBrowser.authorizePath;
import static org.assertj.core.api.Assertions.assertThat;

/** Runtime registration of sandbox apps: {@code POST/GET {base}/apps}. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SandboxAppAdminTest {

    @Value("${local.server.port}")
    int port;

    SandboxBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new SandboxBrowser(port);
    }

    @Test
    void registeringIsAnIdempotentUpsertAndNeverShowsTheSecret() {
        String json = """
                {"appid":"wxruntime0000001","secret":"rt-secret","authDomains":["shop.example"],"openPlatformId":null,
                 "name":"运行时公众号"}""";

        HttpResponse<String> created = browser.postJson(BASE + "/apps", json);
        HttpResponse<String> again = browser.postJson(BASE + "/apps", json);
        HttpResponse<String> fetched = browser.get(BASE + "/apps/wxruntime0000001", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue(BASE + "/apps/wxruntime0000001");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(parseJson(fetched.body())).containsOnlyKeys("appid", "authDomains", "openPlatformId", "name")
                .containsEntry("authDomains", List.of("shop.example")).containsEntry("name", "运行时公众号");
        assertThat(created.body() + fetched.body()).doesNotContain("rt-secret");
    }

    @Test
    void aRegisteredAppWorksEndToEndAndSharesUnionidsThroughItsOpenPlatform() {
        HttpResponse<String> created = browser.postJson(BASE + "/apps", """
                {"appid":"wxruntime0000002","secret":"rt-secret-2","authDomains":["Pay.Example:443"],
                 "openPlatformId":"open-sandbox-1"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        String newAppUnionid = unionidOf("wxruntime0000002", "rt-secret-2", "https://pay.example/cb");
        String configuredAppUnionid = unionidOf(APP1, APP1_SECRET, "https://merchant.example/cb");

        assertThat(newAppUnionid).as("same open platform, same user").isEqualTo(configuredAppUnionid);
    }

    @Test
    void anUpdateReplacesTheAuthDomains() {
        browser.postJson(BASE + "/apps", """
                {"appid":"wxruntime0000003","secret":"s","authDomains":["old.example"]}""");
        browser.postJson(BASE + "/apps", """
                {"appid":"wxruntime0000003","secret":"s","authDomains":["new.example"]}""");

        HttpResponse<String> old = browser.get(authorizePath("wxruntime0000003", "https://old.example/cb", "snsapi_base", "s"), "bob");
        HttpResponse<String> current = browser.get(authorizePath("wxruntime0000003", "https://new.example/cb", "snsapi_base", "s"), "bob");

        assertThat(old.body()).contains("10003");
        assertThat(current.statusCode()).isEqualTo(302);
    }

    @Test
    void invalidRegistrationsAreClientErrors() {
        assertThat(browser.postJson(BASE + "/apps", "{not json").statusCode()).isEqualTo(400);
        assertThat(browser.postJson(BASE + "/apps", "null").statusCode()).isEqualTo(400);
        assertThat(browser.postJson(BASE + "/apps", "{\"appid\":\"wxnosecret\"}").statusCode()).isEqualTo(400);
        HttpResponse<String> badAppid = browser.postJson(BASE + "/apps", "{\"appid\":\"bad id!\",\"secret\":\"s\"}");
        assertThat(badAppid.statusCode()).isEqualTo(400);
        assertThat(parseJson(badAppid.body())).containsKey("error");
        assertThat(browser.get(BASE + "/apps/wxneverregistered", null).statusCode()).isEqualTo(404);
    }

    private String unionidOf(String appid, String secret, String redirect) {
        HttpResponse<String> consent = browser.get(authorizePath(appid, redirect, "snsapi_userinfo", "u"), "alice");
        HttpResponse<String> allowed = browser.decide(consent, "allow", "alice");
        Map<String, Object> token = browser.exchange(appid, secret, queryOf(location(allowed)).get("code"));
        assertThat(token).containsKey("unionid");
        return (String) token.get("unionid");
    }
}
