package io.payerid.sandbox.wechat;

/** What a presented base access_token is worth; each outcome maps to one WeChat answer. */
sealed interface BaseTokenLookup {

    /** Live: calls on behalf of {@code appid} are allowed. */
    record Valid(String appid) implements BaseTokenLookup {
    }

    /** Past its lifetime: WeChat's 42001 "access_token expired". */
    record Expired() implements BaseTokenLookup {
    }

    /** Never issued, forgotten, or retired by a newer fetch: WeChat's 40001 "invalid credential … not latest". */
    record Invalid() implements BaseTokenLookup {
    }
}
