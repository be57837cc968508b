package io.payerid.sandbox.alipay;

/** Outcome of looking up an access token (auth_token) or a refresh token. */
public sealed interface TokenLookup {

    record Found(AuthGrant grant) implements TokenLookup {
    }

    /** Issued by the sandbox but past its deadline (Alipay: aop.auth-token-time-out, isv.refresh-token-time-out). */
    record Expired() implements TokenLookup {
    }

    /** Never issued, forgotten, or issued to another app (aop.invalid-auth-token, isv.refresh-token-invalid). */
    record Unknown() implements TokenLookup {
    }
}
