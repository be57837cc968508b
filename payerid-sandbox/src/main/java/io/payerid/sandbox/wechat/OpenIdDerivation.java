package io.payerid.sandbox.wechat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Derives the sandbox's openids and unionids, so that they are stable across flows and
 * restarts without storing anything: {@code "o" + 27 url-safe chars of
 * HMAC-SHA256(secret, input)}, the length and alphabet of real ones.
 *
 * <ul>
 *   <li>openid: input {@code appid + ":" + userId} — one per (Official Account, user), as in WeChat;</li>
 *   <li>unionid: input {@code "unionid:" + openPlatformId + ":" + userId} — one per (open-platform account, user);</li>
 *   <li>snapshot-mode users get ids from a separate {@code "virtual:"} input space, so a virtual
 *       id never equals a real one.</li>
 * </ul>
 */
public class OpenIdDerivation {

    private static final String HMAC = "HmacSHA256";
    private static final int ID_SUFFIX_LENGTH = 27;

    private final SecretKeySpec key;

    public OpenIdDerivation(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String openId(SandboxWechatApp app, SandboxUser user) {
        return openId(app.appid(), user);
    }

    /** For other sandboxes that know an appid but no registered app (WeChat Pay's payment codes). */
    public String openId(String appid, SandboxUser user) {
        return derive(virtualPrefix(user) + appid + ":" + user.id());
    }

    /** Present only when the app is bound to an open-platform account. */
    public Optional<String> unionId(SandboxWechatApp app, SandboxUser user) {
        if (!app.boundToOpenPlatform()) {
            return Optional.empty();
        }
        return Optional.of(derive(virtualPrefix(user) + "unionid:" + app.openPlatformId() + ":" + user.id()));
    }

    private static String virtualPrefix(SandboxUser user) {
        return user.snapshot() ? "virtual:" : "";
    }

    private String derive(String input) {
        byte[] digest = hmac(input.getBytes(StandardCharsets.UTF_8));
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        return "o" + encoded.substring(0, ID_SUFFIX_LENGTH);
    }

    private byte[] hmac(byte[] input) {
        try {
            // Mac instances are not thread-safe; a fresh one per call is cheap enough here.
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
