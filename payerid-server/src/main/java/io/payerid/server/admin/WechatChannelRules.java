package io.payerid.server.admin;

import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import io.payerid.core.tenant.WechatOfficialAccount;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The shape of a WeChat account's appId and appSecret, checked when the operator stores them: a placeholder
 * copied from the README ({@code "wx…"}, {@code "…"}) is an INVALID_REQUEST naming the field, instead of
 * every payer's flow failing at WeChat with 40013 later. Only the shape: whether the pair is WeChat's is
 * known when WeChat first answers.
 */
final class WechatChannelRules {

    /** WeChat appIds are "wx" and 16 letters or digits (hex in practice). */
    private static final Pattern APP_ID = Pattern.compile("wx[0-9A-Za-z]{16}");
    /** Visible ASCII, no spaces: WeChat issues 32 hex digits; shorter than 16 is a placeholder or a typo. */
    private static final Pattern APP_SECRET = Pattern.compile("[\\x21-\\x7e]{16,128}");

    private WechatChannelRules() {
    }

    static void check(ChannelKind kind, Map<String, String> settings, Map<String, String> secrets) {
        String appId = settings.get(WechatOfficialAccount.APP_ID);
        if (appId != null && !APP_ID.matcher(appId).matches()) {
            throw PayerIdException.invalid("settings.appId must be a WeChat appId for " + kind
                    + ": \"wx\" and 16 letters or digits");
        }
        String subAppId = settings.get(WechatOfficialAccount.SUB_APP_ID);
        if (subAppId != null && !subAppId.isEmpty() && !APP_ID.matcher(subAppId).matches()) {
            throw PayerIdException.invalid("settings.subAppId must be a WeChat appId: \"wx\" and 16 letters or digits");
        }
        String secret = secrets.get(WechatOfficialAccount.APP_SECRET);
        if (secret != null && !APP_SECRET.matcher(secret).matches()) {
            // Never echo the value: it is a secret even when malformed.
            throw PayerIdException.invalid("secrets.appSecret must be the account's AppSecret for " + kind
                    + ": 16-128 visible ASCII characters (WeChat issues 32 hex digits)");
        }
    }
}
