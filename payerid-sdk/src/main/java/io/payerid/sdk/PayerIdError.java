package io.payerid.sdk;

/**
 * A refusal the gateway made on purpose and signed or answered as such: the {@code error} /
 * {@code error_description} of a redirect answer, or the {@code code} / {@code message} of a JSON API
 * ({@code PAYMENT_CODE_INVALID}, {@code REDIRECT_NOT_ALLOWED}…, listed in the gateway's docs/errors.md).
 * Distinct from {@link PayerIdTransportException} (nothing usable came back) and
 * {@link InvalidAnswerException} (something came back that must not be trusted), because a merchant
 * shows or handles these while it retries or alerts on the others.
 */
public final class PayerIdError extends RuntimeException {

    private final String code;
    private final String description;
    private final int httpStatus;

    /**
     * @param httpStatus the JSON API's HTTP status, or 0 for an error that came back on the redirect URI
     */
    public PayerIdError(String code, String description, int httpStatus) {
        super(code + (description == null || description.isEmpty() ? "" : ": " + description)
                + (httpStatus == 0 ? "" : " (HTTP " + httpStatus + ")"));
        this.code = code;
        this.description = description;
        this.httpStatus = httpStatus;
    }

    /** The gateway's error code ({@code error} or {@code code}). */
    public String code() {
        return code;
    }

    /** Human-readable detail ({@code error_description} or {@code message}), may be {@code null}. */
    public String description() {
        return description;
    }

    /** HTTP status of a JSON API answer; 0 when the error came back on the redirect URI. */
    public int httpStatus() {
        return httpStatus;
    }
}
