package io.payerid.sandbox.alipay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * auth_user requests waiting on the consent page. The page carries only an opaque, single-use ticket,
 * so the decision cannot be replayed or re-aimed at another redirect_uri.
 */
class PendingConsents {

    private static final int TICKET_LENGTH = 32;
    private static final long MAX_PENDING = 100_000;

    record PendingConsent(AuthorizeRequest request, SandboxAlipayUser user) {
    }

    private record Entry(PendingConsent consent, Instant deadline) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry> tickets;

    PendingConsents(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.tickets = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_PENDING).build();
    }

    String open(AuthorizeRequest request, SandboxAlipayUser user) {
        String ticket = RandomTokens.alphanumeric(TICKET_LENGTH);
        tickets.put(ticket, new Entry(new PendingConsent(request, user), clock.instant().plus(ttl)));
        return ticket;
    }

    /** Removes the ticket: a decision is taken once. */
    Optional<PendingConsent> take(String ticket) {
        Entry entry = ticket == null ? null : tickets.asMap().remove(ticket);
        if (entry == null || clock.instant().isAfter(entry.deadline())) {
            return Optional.empty();
        }
        return Optional.of(entry.consent());
    }
}
