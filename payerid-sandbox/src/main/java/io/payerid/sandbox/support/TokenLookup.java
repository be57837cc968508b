package io.payerid.sandbox.support;

/**
 * Outcome of looking up a user access token or refresh token in {@link ExpiringTokens}. Each simulator
 * maps the outcomes onto its upstream's own error answers.
 *
 * @param <G> what the token was issued for
 */
public sealed interface TokenLookup<G> {

    record Found<G>(G grant) implements TokenLookup<G> {
    }

    /** Issued by the sandbox but past its deadline. */
    record Expired<G>() implements TokenLookup<G> {
    }

    /** Never issued, forgotten, or (as a caller decides) presented by the wrong app. */
    record Unknown<G>() implements TokenLookup<G> {
    }
}
