package io.payerid.sandbox.alipay;

/**
 * What one authorization granted: which user let which app see them, with which scope. Auth codes
 * and tokens carry the grant they were issued for.
 */
public record AuthGrant(String appId, String userId, AlipayScope scope) {
}
