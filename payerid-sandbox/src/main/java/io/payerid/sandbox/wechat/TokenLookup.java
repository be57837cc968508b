package io.payerid.sandbox.wechat;

/** Outcome of looking up an access_token or a refresh_token. */
public sealed interface TokenLookup {

    record Found(OAuthGrant grant) implements TokenLookup {
    }

    /** Issued by the sandbox but past its deadline (WeChat: 42001 / 42002). */
    record Expired() implements TokenLookup {
    }

    /** Never issued, forgotten, or issued to another app (WeChat: 40001 / 40030). */
    record Unknown() implements TokenLookup {
    }
}
