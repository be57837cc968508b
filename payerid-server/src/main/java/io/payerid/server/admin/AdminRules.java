package io.payerid.server.admin;

/** Shapes of the admin API's identifiers and keys (regular expressions for Bean Validation). */
final class AdminRules {

    /** instNo, mchNo, appId: safe in a URL path segment and in the seed APIs' parameters. */
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}";
    static final String CODE_MESSAGE = "must be 1-64 letters, digits, '_', '.' or '-', starting with a letter or digit";

    /** A shared signing key: printable ASCII without spaces. */
    static final String SIGN_KEY = "[\\x21-\\x7E]{8,128}";
    static final String SIGN_KEY_MESSAGE = "must be 8-128 printable ASCII characters without spaces";

    /** Not only whitespace (for optional fields, where @NotBlank would forbid null). */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "must not be blank";

    /** Setting and secret names of a channel configuration. */
    static final String SETTING_NAME = "[A-Za-z][A-Za-z0-9_.\\-]{0,63}";

    private AdminRules() {
    }
}
