package io.payerid.core.paycode;

/**
 * A payment code to identify.
 *
 * @param authCode the scanned code (付款码 / auth_code)
 * @param subAppId WeChat service-provider mode: the sub-merchant's appid the payer's {@code sub_openid}
 *                 should belong to; null to use the configured one, or none
 */
public record PaymentCodeQuery(String authCode, String subAppId) {

    public PaymentCodeQuery {
        subAppId = subAppId == null || subAppId.isBlank() ? null : subAppId;
    }
}
