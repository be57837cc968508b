package io.payerid.server.admin;

import io.payerid.console.token.TokenCaller;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Who an authenticated admin-API request acts as, left on the request by {@link OperatorAuthFilter} for
 * {@link AdminAuditFilter}: the configured operator token, or an account's named token.
 */
final class AdminCaller {

    static final String OPERATOR_TOKEN_ACTOR = "api:operator-token";
    private static final String ATTRIBUTE = AdminCaller.class.getName();

    private AdminCaller() {
    }

    static void set(HttpServletRequest request, TokenCaller caller) {
        request.setAttribute(ATTRIBUTE, caller);
    }

    /** The audit log's actor for this request: {@code token:<username>/<token name>}, or the operator token. */
    static String actor(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof TokenCaller caller ? caller.actor() : OPERATOR_TOKEN_ACTOR;
    }
}
