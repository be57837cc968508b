package io.payerid.core.flow;

/** Profile fields a userinfo-scope authorization returns (any may be null). sex: 0 unknown, 1 male, 2 female. */
public record PayerProfile(String nickname, Integer sex, String province, String city, String country,
                           String avatarUrl, String language) {
}
