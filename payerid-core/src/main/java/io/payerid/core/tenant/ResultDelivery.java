package io.payerid.core.tenant;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a merchant app receives the payer's identity at the end of a native browser flow.
 * A URL's query ends up in browser history, proxy and analytics logs and Referer headers; the two other
 * modes keep the identity out of it.
 */
public enum ResultDelivery {
    /** The signed identity in the redirect URI's query (the default). */
    REDIRECT("redirect"),
    /** The same signed parameters POSTed to the redirect URI by an auto-submitting form (OIDC {@code response_mode=form_post}). */
    FORM_POST("form_post"),
    /** The redirect carries a one-time ticket only; the merchant's backend redeems it through a signed server API. */
    TICKET("ticket");

    private final String wireName;

    ResultDelivery(String wireName) {
        this.wireName = wireName;
    }

    /** As the admin API and the database spell it. */
    public String wireName() {
        return wireName;
    }

    public static Optional<ResultDelivery> fromWire(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String normalized = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(d -> d.wireName.equals(normalized)).findFirst();
    }
}
