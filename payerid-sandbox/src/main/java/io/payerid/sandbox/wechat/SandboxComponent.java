package io.payerid.sandbox.wechat;

import java.util.Base64;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * A sandbox third-party platform (第三方平台): what WeChat knows of it. {@code pushUrl} is its 授权事件接收URL, where
 * tickets and authorization events are posted encrypted with {@code encodingAesKey} and signed with {@code token}.
 */
public record SandboxComponent(String appid, String secret, String token, String encodingAesKey, String pushUrl) {

    private static final Pattern APPID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @ConstructorBinding
    public SandboxComponent {
        if (appid == null || !APPID.matcher(appid).matches()) {
            throw new IllegalArgumentException("component appid must match " + APPID + ": " + appid);
        }
        if (secret == null || secret.isBlank() || token == null || token.isBlank()) {
            throw new IllegalArgumentException("secret and token must not be blank for component " + appid);
        }
        if (encodingAesKey == null || encodingAesKey.length() != 43
                || Base64.getDecoder().decode(encodingAesKey + "=").length != 32) {
            throw new IllegalArgumentException("encodingAesKey must be 43 base64 characters for component " + appid);
        }
        pushUrl = pushUrl == null || pushUrl.isBlank() ? null : pushUrl.trim();
    }

    @Override
    public String toString() {
        return "SandboxComponent[appid=" + appid + ", pushUrl=" + pushUrl + "]";
    }
}
