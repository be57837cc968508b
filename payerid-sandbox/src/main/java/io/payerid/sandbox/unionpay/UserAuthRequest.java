package io.payerid.sandbox.unionpay;

/**
 * An accepted userAuth request.
 *
 * @param version     as given ({@code 1.0.0}, some integrations {@code 1.0.2})
 * @param redirectUrl where UnionPay sends the payer back, on a registered domain
 */
record UserAuthRequest(String version, String redirectUrl) {
}
