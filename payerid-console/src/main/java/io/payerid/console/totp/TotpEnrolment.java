package io.payerid.console.totp;

/** An account's TOTP state: {@code enabled} once a first code confirmed it; the secret stays in the database. */
public record TotpEnrolment(String accountId, boolean enabled, long lastStep) {
}
