package io.payerid.sandbox.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Authorize requests waiting on a consent page. The page carries only an opaque, single-use ticket, so
 * the decision cannot be replayed or re-aimed at another redirect_uri.
 *
 * <p>Deadlines are checked against the injected {@link Clock} so tests can move time; the cache expiry
 * only bounds memory.
 *
 * @param <R> the simulator's validated authorize request
 * @param <P> the simulator's payer type
 */
public class PendingConsents<R, P extends SandboxPayer> {

    private static final int TICKET_LENGTH = 32;
    private static final long MAX_PENDING = 100_000;

    /** The request being consented to and the payer who is looking at the page. */
    public record PendingConsent<R, P>(R request, P payer) {
    }

    private record Entry<R, P>(PendingConsent<R, P> consent, Instant deadline) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final Cache<String, Entry<R, P>> tickets;

    public PendingConsents(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
        this.tickets = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(MAX_PENDING).build();
    }

    /** The ticket the consent page carries for this request. */
    public String open(R request, P payer) {
        String ticket = RandomTokens.alphanumeric(TICKET_LENGTH);
        tickets.put(ticket, new Entry<>(new PendingConsent<>(request, payer), clock.instant().plus(ttl)));
        return ticket;
    }

    /** Removes the ticket: a decision is taken once. */
    public Optional<PendingConsent<R, P>> take(String ticket) {
        Entry<R, P> entry = ticket == null ? null : tickets.asMap().remove(ticket);
        if (entry == null || clock.instant().isAfter(entry.deadline())) {
            return Optional.empty();
        }
        return Optional.of(entry.consent());
    }
}
