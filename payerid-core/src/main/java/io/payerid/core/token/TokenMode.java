package io.payerid.core.token;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import java.util.Locale;

/**
 * Which WeChat endpoint issues an app's base token, chosen per channel configuration with the
 * setting {@value #SETTING} ({@code stable} or {@code classic}; absent means stable).
 */
public enum TokenMode {
    /** {@code POST /cgi-bin/stable_token}: the same token until shortly before expiry; fetching does not revoke it. */
    STABLE,
    /** {@code GET /cgi-bin/token}: every fetch issues a new token and retires the previous one after 5 minutes. */
    CLASSIC,
    /**
     * {@code POST /cgi-bin/component/api_component_token}: a third-party platform's component token, which needs the
     * latest pushed component_verify_ticket. Never chosen by a setting: only component channels use it.
     */
    COMPONENT;

    public static final String SETTING = "tokenMode";

    public static TokenMode of(ChannelConfig config) {
        return config.setting(SETTING).map(TokenMode::parse).orElse(STABLE);
    }

    private static TokenMode parse(String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "stable" -> STABLE;
            case "classic" -> CLASSIC;
            default -> throw new PayerIdException(ErrorCode.CHANNEL_NOT_CONFIGURED,
                    "setting " + SETTING + " must be 'stable' or 'classic'");
        };
    }
}
