package io.payerid.server.oauth;

import io.payerid.core.error.PayerIdException;

/**
 * A flow failure whose report can go to the merchant's whitelisted redirect target
 * ({@code error}/{@code error_description}) rather than to the payer's screen.
 */
public class MerchantRedirectError extends RuntimeException {

    private final String location;
    private final PayerIdException error;

    public MerchantRedirectError(String location, PayerIdException error) {
        super(error.getMessage(), null, false, false);
        this.location = location;
        this.error = error;
    }

    public String location() {
        return location;
    }

    public PayerIdException error() {
        return error;
    }
}
