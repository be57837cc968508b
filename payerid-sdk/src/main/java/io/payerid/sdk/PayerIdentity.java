package io.payerid.sdk;

import java.util.Map;

/**
 * A verified redirect answer: who the payer is in the wallet they used. Which ids are present depends on
 * the channel (WeChat: {@code openid}, maybe {@code unionid}; Alipay: {@code openid} = open_id and/or
 * {@code userId} = 2088 user_id; UnionPay: {@code userId} only); profile fields only for
 * {@link Scope#USERINFO}. Absent values are {@code null}. {@link #fields()} keeps every signed parameter,
 * so fields the gateway adds later are not lost.
 */
public record PayerIdentity(String appId, String channel, String channelAppId, String openid, String unionid,
                            String userId, String state, String nickname, String sex, String province, String city,
                            String country, String headimgurl, Map<String, String> fields) {

    public PayerIdentity {
        fields = Map.copyOf(fields);
    }

    static PayerIdentity of(Map<String, String> p) {
        return new PayerIdentity(p.get("appId"), p.get("channel"), p.get("channelAppId"), p.get("openid"), p.get("unionid"),
                p.get("userId"), p.get("state"), p.get("nickname"), p.get("sex"), p.get("province"), p.get("city"),
                p.get("country"), p.get("headimgurl"), p);
    }
}
