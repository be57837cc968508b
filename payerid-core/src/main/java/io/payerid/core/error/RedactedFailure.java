package io.payerid.core.error;

import java.util.regex.Pattern;

/**
 * A library exception made safe to log: same class name, same stack trace, every cause kept, but each
 * message with credential-bearing parameters masked. Upstream SDKs put whole request URLs in their
 * exception texts (WeChat's {@code sns/oauth2/access_token?appid=..&secret=<appSecret>&code=..}, a token
 * in {@code access_token=}), and such a text reaches the log through any handler that logs the
 * exception. Channel adapters and the last-resort handlers log and chain only this copy, never the original.
 */
public final class RedactedFailure extends RuntimeException {

    /** Query or form parameters whose values are credentials in some upstream's protocol. */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)((?:^|[?&;,\\s\"'{])(?:secret|appsecret|app_secret|component_appsecret|access_token|"
                    + "component_access_token|authorizer_access_token|refresh_token|session_key|key|"
                    + "private_key|sign|signature|code|auth_code|authcode|userauthcode|user_auth_code)"
                    + "[\"']?\\s*[=:]\\s*[\"']?)[^&\\s\"',}]+");

    private final String originalClass;

    private RedactedFailure(Throwable original) {
        super(redact(original.getMessage()), original.getCause() == null ? null : of(original.getCause()),
                false, true);
        this.originalClass = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    /** The safe copy of {@code original} and of every cause below it. */
    public static RedactedFailure of(Throwable original) {
        return original instanceof RedactedFailure done ? done : new RedactedFailure(original);
    }

    /** Masks the values of credential parameters ({@code secret=abc} → {@code secret=***}). */
    public static String redact(String text) {
        return text == null ? null : CREDENTIAL_PARAMETER.matcher(text).replaceAll("$1***");
    }

    /** The class of the exception this copies, e.g. {@code java.lang.IllegalArgumentException}. */
    public String originalClass() {
        return originalClass;
    }

    @Override
    public String toString() {
        String message = getMessage();
        return originalClass + " (redacted)" + (message == null ? "" : ": " + message);
    }
}
