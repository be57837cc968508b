package io.payerid.sandbox.alipay;

import java.util.Arrays;
import java.util.Optional;

/** The scopes of publicAppAuthorize the sandbox plays (Alipay has more, e.g. auth_ecard). */
public enum AlipayScope {

    /** Silent: the callback comes straight back; oauth.token yields the ids only. */
    AUTH_BASE("auth_base"),

    /** Consent page first; the token may then call alipay.user.info.share. */
    AUTH_USER("auth_user");

    private final String wireName;

    AlipayScope(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /**
     * Alipay accepts a comma-separated list; the grant is auth_user when any entry is. Empty for an
     * unknown entry.
     */
    static Optional<AlipayScope> parse(String value) {
        AlipayScope widest = AUTH_BASE;
        for (String entry : value.split(",")) {
            Optional<AlipayScope> scope = Arrays.stream(values()).filter(s -> s.wireName.equals(entry.trim())).findFirst();
            if (scope.isEmpty()) {
                return Optional.empty();
            }
            widest = scope.get() == AUTH_USER ? AUTH_USER : widest;
        }
        return Optional.of(widest);
    }
}
