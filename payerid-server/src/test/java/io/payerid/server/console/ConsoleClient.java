package io.payerid.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.Browser;
import io.payerid.server.support.Browser.Hop;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person at the console over plain HTTP: logs in through the form, keeps its cookies, posts forms with the CSRF token. */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9]+)\"");
    private static final Pattern LOGIN_TOKEN = Pattern.compile("name=\"_login\" value=\"([A-Za-z0-9]+)\"");

    private final String base;
    private final Browser browser = new Browser("Mozilla/5.0 (X11; Linux x86_64) ConsoleTest");
    private String csrf = "";

    ConsoleClient(String base) {
        this.base = base;
    }

    /** Posts the login form as a browser would (token from the form page); the answer to the POST. */
    Hop tryLogin(String username, String password) {
        Hop form = browser.get(base + "/console/login");
        assertThat(form.status()).isEqualTo(200);
        Matcher token = LOGIN_TOKEN.matcher(form.body());
        assertThat(token.find()).as("login form token").isTrue();
        return browser.postForm(base + "/console/login",
                Map.of("_login", token.group(1), "username", username, "password", password));
    }

    ConsoleClient login(String username, String password) {
        Hop answer = tryLogin(username, password);
        assertThat(answer.status()).as("login of " + username).isEqualTo(302);
        Hop home = get("/console/password");
        assertThat(home.status()).isEqualTo(200);
        return this;
    }

    /** GET; remembers the page's CSRF token for the next form. */
    Hop get(String path) {
        Hop hop = browser.get(base + path);
        Matcher m = CSRF.matcher(hop.body() == null ? "" : hop.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return hop;
    }

    Hop post(String path, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.putIfAbsent("_csrf", csrf);
        return browser.postForm(base + path, fields);
    }

    Hop postWithoutCsrf(String path, Map<String, String> form) {
        return browser.postForm(base + path, form);
    }

    Browser browser() {
        return browser;
    }
}
