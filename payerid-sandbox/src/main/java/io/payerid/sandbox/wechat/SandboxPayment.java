package io.payerid.sandbox.wechat;

import java.time.Instant;

/**
 * A completed sandbox WeChat Pay payment: what {@code getpaidunionid} looks up.
 *
 * @param transactionId WeChat Pay's order number (28 digits)
 * @param mchId         the merchant number the order was paid to
 * @param outTradeNo    the merchant's own order number, unique per mchId
 * @param appid         the mini-program (or account) the payer paid in
 * @param userId        the sandbox user who paid
 * @param paidAt        when the payment completed; getpaidunionid answers only shortly after
 */
public record SandboxPayment(String transactionId, String mchId, String outTradeNo, String appid, String userId,
                             Instant paidAt) {
}
