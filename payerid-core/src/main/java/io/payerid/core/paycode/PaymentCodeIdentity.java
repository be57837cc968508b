package io.payerid.core.paycode;

/**
 * Who holds a payment code. Its own record rather than {@link io.payerid.core.flow.PayerIdentity}, which
 * has no place for a second (sub-merchant) id and is shared by every OAuth flow: the fields here are
 * exactly what seed 000's {@code auth2OpenId} answers ({@code appid, openid, subAppid, subOpenid}).
 *
 * @param wallet    whose code it was
 * @param appId     the upstream app the openid belongs to (WeChat Pay: the merchant's or service provider's appid)
 * @param openId    the payer's id under {@code appId}
 * @param subAppId  service-provider mode: the sub-merchant appid of {@code subOpenId}, else null
 * @param subOpenId service-provider mode: the payer's id under {@code subAppId}, else null
 */
public record PaymentCodeIdentity(Wallet wallet, String appId, String openId, String subAppId, String subOpenId) {
}
