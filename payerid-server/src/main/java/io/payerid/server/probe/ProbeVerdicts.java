package io.payerid.server.probe;

import io.payerid.channels.wechat.WechatApiException;
import io.payerid.console.port.ProbeAnswer;
import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelConfig;
import io.payerid.core.tenant.Secret;

/**
 * The channel clients' failures as test outcomes. The clients already sort upstream answers into gateway codes
 * (a refused appid/secret/signature is CHANNEL_NOT_CONFIGURED, a dead or busy host UPSTREAM_UNAVAILABLE, an answer
 * they cannot use UPSTREAM_ERROR), so the outcome follows the code; the detail is theirs, which quotes the upstream's
 * own errcode and message.
 */
final class ProbeVerdicts {

    /** Shorter secrets are not searched for: they would match ordinary words of an upstream's message. */
    private static final int MIN_REDACTED_LENGTH = 4;

    private ProbeVerdicts() {
    }

    static ProbeAnswer of(PayerIdException failure, ChannelConfig saved) {
        return new ProbeAnswer(outcome(failure), withoutSecrets(failure.detail(), saved));
    }

    private static ProbeOutcome outcome(PayerIdException failure) {
        return switch (failure.code()) {
            case CHANNEL_NOT_CONFIGURED -> ProbeOutcome.CREDENTIALS_REFUSED;
            case COMPONENT_TICKET_MISSING -> ProbeOutcome.NO_TICKET;
            case UPSTREAM_UNAVAILABLE, UPSTREAM_RATE_LIMITED -> ProbeOutcome.UNREACHABLE;
            // WeChat answered with an errcode: the token request carries nothing but the credentials to refuse.
            case UPSTREAM_ERROR -> failure instanceof WechatApiException ? ProbeOutcome.CREDENTIALS_REFUSED
                    : ProbeOutcome.GARBLED;
            default -> ProbeOutcome.GARBLED;
        };
    }

    /**
     * The clients never put a secret into a detail, but an upstream's quoted message is the upstream's text: should
     * one echo what it was sent, the page must still not show the secret.
     */
    static String withoutSecrets(String detail, ChannelConfig saved) {
        if (detail == null) {
            return null;
        }
        String clean = detail;
        for (Secret secret : saved.secrets().values()) {
            String value = secret.reveal();
            if (value != null && value.length() >= MIN_REDACTED_LENGTH) {
                clean = clean.replace(value, "***");
            }
        }
        return clean;
    }
}
