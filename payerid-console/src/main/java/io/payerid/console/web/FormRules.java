package io.payerid.console.web;

import java.util.Optional;
import java.util.regex.Pattern;

/** The admin API's shapes for the console's form fields, answered as message keys shown next to the form. */
public final class FormRules {

    /** instNo, mchNo, appId: as the admin API's (safe in a URL path segment and in the seed APIs). */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,63}");
    private static final int MAX_NAME = 128;

    private FormRules() {
    }

    public static Optional<String> codeRefusal(String code) {
        return code != null && CODE.matcher(code).matches() ? Optional.empty() : Optional.of("form.code");
    }

    public static Optional<String> nameRefusal(String name) {
        return name != null && !name.isBlank() && name.length() <= MAX_NAME ? Optional.empty() : Optional.of("form.name");
    }
}
