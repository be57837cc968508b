package io.payerid.core.unionpay;

import io.payerid.core.tenant.UnionPayAcquirer;

/**
 * Turns a UnionPay userAuthCode into the payer's user_id through the merchant's acquirer. This is an
 * acquirer interface, not a UnionPay one: each acquirer family (条码前置, 全渠道, 汇付, 通联…) gets its own
 * implementation in the channels module.
 *
 * <p>Used by the browser flow (the UnionPay OAuth channel) and directly by APIs whose merchants already
 * hold a userAuthCode (seed 000's {@code wayCode=UNIONPAY}: {@code authCode} and {@code subAppid}).
 */
public interface UnionPayUserIdExchange {

    /**
     * Redeems the code (UnionPay codes are single-use and live about 5 minutes).
     *
     * @param userAuthCode    as received; a space is read as the {@code +} it was (see {@link UserAuthCode})
     * @param appUpIdentifier the app the payer authorized in, e.g. from {@link AppUpIdentifier#fromUserAgent}
     * @return the payer's UnionPay user_id
     * @throws io.payerid.core.error.PayerIdException INVALID_REQUEST (no code), AUTH_CODE_INVALID (invalid,
     *         expired or used code), CHANNEL_NOT_CONFIGURED (the acquirer refused the merchant's credentials),
     *         UPSTREAM_ERROR (other refusal or an unverifiable answer), UPSTREAM_UNAVAILABLE (unreachable or busy)
     */
    String userId(UnionPayAcquirer acquirer, String userAuthCode, AppUpIdentifier appUpIdentifier);
}
