package io.payerid.sandbox.unionpay;

import java.util.Objects;
import java.util.regex.Pattern;

import io.payerid.sandbox.support.SandboxPayer;

/**
 * A sandbox payer "inside 云闪付" (or a bank app): who authorizes at userAuth.
 *
 * @param id   stable id, also the value of the selection cookie
 * @param name shown on the picker page
 */
public record SandboxCardholder(String id, String name) implements SandboxPayer {

    // The id travels in a cookie and a form, so keep it to characters needing no escaping.
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public SandboxCardholder {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("sandbox cardholder id must match " + ID + ": " + id);
        }
        name = Objects.requireNonNullElse(name, id);
    }

    @Override
    public String displayName() {
        return name;
    }
}
