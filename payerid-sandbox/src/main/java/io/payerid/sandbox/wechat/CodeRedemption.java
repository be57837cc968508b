package io.payerid.sandbox.wechat;

/** Outcome of exchanging an authorization code; each maps to one WeChat answer. */
public sealed interface CodeRedemption {

    /** First use of a live code by the app it was issued to. */
    record Redeemed(OAuthGrant grant) implements CodeRedemption {
    }

    /** The code was already exchanged: WeChat's 40163 "code been used". */
    record AlreadyUsed() implements CodeRedemption {
    }

    /** Unknown, expired, or issued to another appid: WeChat's 40029 "invalid code". */
    record Invalid() implements CodeRedemption {
    }
}
