package io.payerid.console.callback;

import io.payerid.console.port.CallbackHistory.Filter;
import io.payerid.console.port.CallbackHistory.Status;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * The callback list's filter form as sent (GET parameters, "" for "any"), echoed back into the form. A value that
 * does not parse is named ({@link #problem()}) rather than guessed or ignored, so a typo never shows an unfiltered list.
 *
 * @param merchant a mchNo; for a merchant user always its own
 * @param from     first day (yyyy-MM-dd, the server's zone), inclusive
 * @param to       last day, inclusive
 */
public record CallbackFilterForm(String status, String merchant, String app, String from, String to, String reference) {

    private static final int MAX_CODE = 64;
    private static final int MAX_REFERENCE = 128;

    public CallbackFilterForm {
        status = clean(status).toUpperCase(Locale.ROOT);
        merchant = clean(merchant);
        app = clean(app);
        from = clean(from);
        to = clean(to);
        reference = clean(reference);
    }

    /** The same filter for another merchant number (a merchant user's own, whatever it typed). */
    public CallbackFilterForm forMerchant(String mchNo) {
        return new CallbackFilterForm(status, mchNo, app, from, to, reference);
    }

    /** The message key of the first field that does not parse; empty when the whole form does. */
    public Optional<String> problem() {
        if (!status.isEmpty() && !isStatus(status)) {
            return Optional.of("callbacks.filter.status");
        }
        if (merchant.length() > MAX_CODE || app.length() > MAX_CODE || reference.length() > MAX_REFERENCE) {
            return Optional.of("callbacks.filter.tooLong");
        }
        if (!from.isEmpty() && day(from).isEmpty() || !to.isEmpty() && day(to).isEmpty()) {
            return Optional.of("callbacks.filter.date");
        }
        if (!from.isEmpty() && !to.isEmpty() && day(from).get().isAfter(day(to).get())) {
            return Optional.of("callbacks.filter.range");
        }
        return Optional.empty();
    }

    /** The port's filter; only for a form without a {@link #problem()}. */
    public Filter filter(String merchantId, ZoneId zone) {
        return new Filter(status.isEmpty() ? null : Status.valueOf(status), merchantId, blankToNull(app),
                day(from).map(d -> d.atStartOfDay(zone).toInstant().toEpochMilli()).orElse(null),
                day(to).map(d -> d.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli()).orElse(null),
                blankToNull(reference));
    }

    private static boolean isStatus(String value) {
        for (Status s : Status.values()) {
            if (s.name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<LocalDate> day(String value) {
        if (value.isEmpty() || value.length() > 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
