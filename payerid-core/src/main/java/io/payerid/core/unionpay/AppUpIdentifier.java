package io.payerid.core.unionpay;

import io.payerid.core.error.PayerIdException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The UnionPay payment identifier (银联支付标识, {@code appUpIdentifier}): which UnionPay-capable app the
 * payer is in, as {@code UnionPay/<version> <AppId>}. 云闪付 is {@code UnionPay/1.0 CloudPay}; bank apps
 * implementing 银联JS支付 carry their own, e.g. {@code UnionPay/1.0 ICBCeLife}. The acquirer needs it to
 * turn a userAuthCode into a user_id.
 *
 * @param version the marker's version, digits and dots ({@code 1.0})
 * @param appId   the app part, letters and digits only ({@code CloudPay})
 */
public record AppUpIdentifier(String version, String appId) {

    /** Acquirers accept at most 64 characters (e.g. 汇付's app_up_identifier). */
    static final int MAX_LENGTH = 64;

    private static final String VERSION = "[0-9]{1,4}(?:\\.[0-9]{1,4}){0,3}";
    private static final String APP_ID = "[A-Za-z0-9]+";
    // Real 云闪付 UAs wrap it in parentheses: "(UnionPay/1.0 CloudPay) (clientVersion 324)"; the
    // app-id part stops at the first character that is not a letter or digit.
    private static final Pattern MARKER = Pattern.compile("UnionPay/(" + VERSION + ") (" + APP_ID + ")");
    private static final Pattern BARE_APP_ID = Pattern.compile(APP_ID);

    // Declared after the patterns its constructor needs: static fields initialize in order.
    /** 云闪付, and the identifier assumed when a User-Agent carries none (as integrations in the wild do). */
    public static final AppUpIdentifier CLOUD_PAY = new AppUpIdentifier("1.0", "CloudPay");

    public AppUpIdentifier {
        if (version == null || !version.matches(VERSION) || appId == null || !BARE_APP_ID.matcher(appId).matches()) {
            throw new IllegalArgumentException("not a UnionPay app identifier: UnionPay/" + version + " " + appId);
        }
        if (("UnionPay/" + version + " " + appId).length() > MAX_LENGTH) {
            throw new IllegalArgumentException("UnionPay app identifier longer than " + MAX_LENGTH + " characters");
        }
    }

    /**
     * The identifier in a payer's User-Agent, or {@link #CLOUD_PAY} when there is none (or only an
     * unusable one). The UA is the payer's to choose, so a forged one can only name another app.
     */
    public static AppUpIdentifier fromUserAgent(String userAgent) {
        if (userAgent == null) {
            return CLOUD_PAY;
        }
        Matcher matcher = MARKER.matcher(userAgent);
        while (matcher.find()) {
            Optional<AppUpIdentifier> found = create(matcher.group(1), matcher.group(2));
            if (found.isPresent()) {
                return found.get();
            }
        }
        return CLOUD_PAY;
    }

    /**
     * An identifier a merchant passed explicitly (seed APIs' {@code subAppid}): empty means
     * {@link #CLOUD_PAY}; {@code UnionPay/1.0 ICBCeLife} or the bare app part {@code ICBCeLife}
     * (some acquirers document only that) are accepted.
     *
     * @throws PayerIdException INVALID_REQUEST for anything else
     */
    public static AppUpIdentifier of(String value) {
        if (value == null || value.isBlank()) {
            return CLOUD_PAY;
        }
        String trimmed = value.trim();
        Matcher whole = MARKER.matcher(trimmed);
        Optional<AppUpIdentifier> parsed = whole.matches() ? create(whole.group(1), whole.group(2))
                : BARE_APP_ID.matcher(trimmed).matches() ? create(CLOUD_PAY.version(), trimmed) : Optional.empty();
        return parsed.orElseThrow(() -> PayerIdException.invalid(
                "appUpIdentifier must look like 'UnionPay/1.0 CloudPay' (at most " + MAX_LENGTH + " characters)"));
    }

    /** The wire form, {@code UnionPay/1.0 CloudPay}. */
    public String value() {
        return "UnionPay/" + version + " " + appId;
    }

    @Override
    public String toString() {
        return value();
    }

    private static Optional<AppUpIdentifier> create(String version, String appId) {
        try {
            return Optional.of(new AppUpIdentifier(version, appId));
        } catch (IllegalArgumentException tooLong) {
            return Optional.empty();
        }
    }
}
