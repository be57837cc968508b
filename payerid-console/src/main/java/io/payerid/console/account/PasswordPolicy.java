package io.payerid.console.account;

import java.util.Optional;

/** What a new password must be: long enough to resist guessing at the login throttle's pace, and bounded. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** The message key of the refusal, or empty when the password is acceptable. */
    public static Optional<String> refusal(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }
}
