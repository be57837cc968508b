package io.payerid.console.web;

/**
 * A console request refused with an HTTP status and a message key of the console's bundles; rendered as the
 * console's error page by {@link ConsoleExceptionHandler}.
 */
public class ConsoleRefusal extends RuntimeException {

    private final int status;
    private final String messageKey;

    public ConsoleRefusal(int status, String messageKey) {
        super(messageKey, null, false, false);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static ConsoleRefusal forbidden() {
        return new ConsoleRefusal(403, "error.forbidden");
    }

    public static ConsoleRefusal notFound() {
        return new ConsoleRefusal(404, "error.notFound");
    }

    public int status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
