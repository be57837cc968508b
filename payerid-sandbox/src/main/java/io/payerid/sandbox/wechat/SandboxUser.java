package io.payerid.sandbox.wechat;

import java.util.Objects;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.SandboxPayer;

/**
 * A sandbox payer: the person "inside WeChat" who authorizes. The profile fields are what
 * {@code /sns/userinfo} returns.
 *
 * @param id         stable id, also the value of the user-selection cookie
 * @param nickname   WeChat nickname
 * @param sex        1 male, 2 female, 0 unknown (WeChat's coding)
 * @param province   e.g. 上海
 * @param city       e.g. 上海
 * @param country    e.g. CN
 * @param headimgurl avatar URL; empty means "no avatar", as in WeChat
 * @param snapshot   a snapshot-mode (快照页) virtual account: is_snapshotuser=1, virtual ids, no userinfo
 */
public record SandboxUser(String id, String nickname, int sex, String province, String city, String country,
                          String headimgurl, boolean snapshot) implements SandboxPayer {

    // The id travels in a cookie and in URLs, so keep it to characters needing no escaping.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SandboxUser {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sandbox user id must match " + ID + ": " + id);
        }
        if (sex < 0 || sex > 2) {
            throw new IllegalArgumentException("sex must be 0, 1 or 2 for user " + id);
        }
        nickname = Objects.requireNonNullElse(nickname, id);
        province = Objects.requireNonNullElse(province, "");
        city = Objects.requireNonNullElse(city, "");
        country = Objects.requireNonNullElse(country, "");
        headimgurl = Objects.requireNonNullElse(headimgurl, "");
    }

    @Override
    public String displayName() {
        return nickname;
    }
}
