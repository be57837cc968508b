package io.payerid.server.component;

import io.payerid.core.crypto.SecretCipher;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.ChannelKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The sealed {@code link} parameter of an onboarding link: which merchant of which institution the authorization
 * is for, which channel it configures, and until when (AES-256-GCM under a key derived for this purpose only, so a
 * link cannot be forged, altered, or replayed as another sealed value). URL-safe base64 of the sealed form.
 */
final class OnboardingLinks {

    /** What a link stands for. */
    record Link(String instNo, String mchNo, ChannelKind kind, Instant expiresAt) {
    }

    private final SecretCipher cipher;
    private final Clock clock;
    private final Duration ttl;

    OnboardingLinks(SecretCipher cipher, Clock clock, Duration ttl) {
        this.cipher = cipher;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** A sealed link value and when it stops working. */
    record Sealed(String value, Instant expiresAt) {
    }

    Sealed seal(String instNo, String mchNo, ChannelKind kind) {
        Instant expiresAt = clock.instant().plus(ttl);
        String sealed = cipher.encrypt(instNo + "\n" + mchNo + "\n" + kind.name() + "\n" + expiresAt.toEpochMilli());
        return new Sealed(Base64.getUrlEncoder().withoutPadding().encodeToString(sealed.getBytes(StandardCharsets.UTF_8)),
                expiresAt);
    }

    /** The link, refused unless it is intact, current and issued for {@code instNo}. */
    Link open(String sealed, String instNo) {
        Link link;
        try {
            String[] parts = cipher.decrypt(new String(Base64.getUrlDecoder().decode(sealed), StandardCharsets.UTF_8))
                    .split("\n", -1);
            link = new Link(parts[0], parts[1], ChannelKind.valueOf(parts[2]), Instant.ofEpochMilli(Long.parseLong(parts[3])));
        } catch (RuntimeException e) {
            throw invalid("the onboarding link is not one this gateway issued");
        }
        if (!link.instNo().equals(instNo)) {
            throw invalid("the onboarding link belongs to another institution");
        }
        if (!clock.instant().isBefore(link.expiresAt())) {
            throw invalid("the onboarding link expired; ask for a new one");
        }
        return link;
    }

    private static PayerIdException invalid(String detail) {
        return new PayerIdException(ErrorCode.COMPONENT_AUTH_CODE_INVALID, detail);
    }
}
