package io.payerid.sdk;

/**
 * Who holds a scanned payment code: {@code openid} under {@code channelAppId}, and in WeChat Pay
 * service-provider mode also {@code subOpenid} under {@code subAppId} (else {@code null}).
 */
public record PaymentCodeIdentity(String wallet, String channelAppId, String openid, String subAppId, String subOpenid) {
}
