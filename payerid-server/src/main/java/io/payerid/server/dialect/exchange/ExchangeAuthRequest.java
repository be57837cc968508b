package io.payerid.server.dialect.exchange;

/**
 * One {@code POST /v1/openapi/auth/alipay/url} as stored (table {@code exchange_auth_request}).
 *
 * @param linkToken      the random last segment of the issued {@code alipayAuthUrl}
 * @param businessId     the seed's businessId: the MerchantApp's appId
 * @param merchantId     internal merchant id (the seed's merchantId is that merchant's mchNo)
 * @param merchantUserId the seed's body {@code userId}: the merchant's own customer id
 * @param callbackUrl    where the result is POSTed, null when the merchant gave none
 * @param signType       how the request was signed: answers and callbacks are signed the same way
 * @param alipayOpenId   Alipay open_id, once authorized (absent for apps on the user_id scheme)
 * @param alipayUserId   Alipay 2088 user_id, once authorized, when Alipay returned one
 * @param notificationId the callback's notification id (outbox id), when one was enqueued
 * @param lastError      ErrorCode name of the last failed attempt
 */
public record ExchangeAuthRequest(String id, String linkToken, String businessId, String merchantId, String serialNo,
                                  String merchantUserId, String callbackUrl, ExchangeSignType signType,
                                  ExchangeAuthRequestStatus status, String alipayOpenId, String alipayUserId,
                                  String notificationId, String lastError, long expiresAt, long createdAt,
                                  long updatedAt) {
}
