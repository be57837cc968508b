package io.payerid.sandbox.alipay;

import java.util.Objects;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.SandboxPayer;

/**
 * A sandbox payer "inside the Alipay app". The profile fields are what {@code alipay.user.info.share}
 * returns.
 *
 * @param id       stable id, also the value of the user-selection cookie; the 2088 user_id and the
 *                 open_ids are derived from it
 * @param nickName Alipay nickname
 * @param gender   {@code F}, {@code M}, or empty when unknown (Alipay's coding)
 * @param province e.g. 上海
 * @param city     e.g. 上海市
 * @param avatar   avatar URL, or empty
 */
public record SandboxAlipayUser(String id, String nickName, String gender, String province, String city, String avatar)
        implements SandboxPayer {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SandboxAlipayUser {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sandbox Alipay user id must match " + ID + ": " + id);
        }
        gender = Objects.requireNonNullElse(gender, "");
        if (!gender.isEmpty() && !gender.equals("F") && !gender.equals("M")) {
            throw new IllegalArgumentException("gender must be F, M or empty for user " + id);
        }
        nickName = Objects.requireNonNullElse(nickName, id);
        province = Objects.requireNonNullElse(province, "");
        city = Objects.requireNonNullElse(city, "");
        avatar = Objects.requireNonNullElse(avatar, "");
    }

    @Override
    public String displayName() {
        return nickName;
    }
}
