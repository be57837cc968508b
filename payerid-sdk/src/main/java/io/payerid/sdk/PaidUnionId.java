package io.payerid.sdk;

/** The unionid of a payer who just paid, with the openid asked about and the mini-program appid it belongs to. */
public record PaidUnionId(String unionid, String openid, String channelAppId) {
}
