package io.payerid.console.token;

/** A token just created: the only moment its value exists outside the caller's hands. Never logged. */
public record IssuedToken(ApiToken token, String value) {

    @Override
    public String toString() {
        return "IssuedToken[" + token.name() + ", " + token.prefix() + "…]";
    }
}
