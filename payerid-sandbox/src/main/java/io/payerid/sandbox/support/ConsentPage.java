package io.payerid.sandbox.support;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.function.ServerResponse;

import static io.payerid.sandbox.support.HtmlPage.escape;

/**
 * A consent page (授权页): what the app asks for, who is looking, and a POST form with allow / deny.
 * A form rather than links, so that link prefetchers cannot decide for the person; the form carries
 * only a {@link PendingConsents} ticket. Each simulator supplies its own wording.
 */
public final class ConsentPage {

    /** The form's {@code decision} value for consent; anything else is a refusal. */
    public static final String DECISION_ALLOW = "allow";
    public static final String DECISION_DENY = "deny";

    /**
     * What the upstream app's page says.
     *
     * @param title         the page title
     * @param heading       the heading, {@code %s} standing for the account's name
     * @param requestedData what the app gets if the person consents
     * @param accountLabel  introduces the payer looking at the page, e.g. 当前微信用户
     * @param allowLabel    the consent button
     * @param denyLabel     the refusal button
     */
    public record Wording(String title, String heading, String requestedData, String accountLabel, String allowLabel,
                          String denyLabel) {
    }

    private final HtmlPage shell;
    private final Wording wording;

    public ConsentPage(HtmlPage shell, Wording wording) {
        this.shell = shell;
        this.wording = wording;
    }

    /** @param accountName the asking app's name as a payer knows it (not its appid) */
    public ServerResponse render(String accountName, SandboxPayer payer, String actionHref, String ticket) {
        String body = "<div class=\"card\">\n"
                + "<h1>" + escape(wording.heading().formatted(accountName)) + "</h1>\n"
                + "<p>" + escape(wording.requestedData()) + "</p>\n"
                + "<p class=\"muted\">" + escape(wording.accountLabel()) + "：" + escape(payer.displayName())
                + "（" + escape(payer.id()) + "）</p>\n"
                + "<form method=\"post\" action=\"" + escape(actionHref) + "\">\n"
                + "<input type=\"hidden\" name=\"ticket\" value=\"" + escape(ticket) + "\">\n"
                + "<button class=\"btn primary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_ALLOW + "\">"
                + escape(wording.allowLabel()) + "</button>\n"
                + "<button class=\"btn secondary\" type=\"submit\" name=\"decision\" value=\"" + DECISION_DENY + "\">"
                + escape(wording.denyLabel()) + "</button>\n"
                + "</form>\n</div>";
        return shell.respond(HttpStatus.OK, wording.title(), body);
    }
}
