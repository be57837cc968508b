package io.payerid.core.component;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.SharedStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest {@code component_verify_ticket} WeChat pushed for each third-party platform, in the shared store so
 * every node can fetch the component token whichever node received the push. Stored with its arrival time:
 * WeChat pushes every 10 minutes and a ticket older than {@code maxAge} (WeChat: 12 h) no longer buys a token.
 * A repeated push (WeChat pushes twice when an answer is slow) only rewrites the same value.
 */
public final class ComponentTickets {

    private static final String KEY_PREFIX = "wechat-component-ticket:";

    private final SharedStateStore store;
    private final Clock clock;
    private final Duration maxAge;

    public ComponentTickets(SharedStateStore store, Clock clock, Duration maxAge) {
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("ticket max age must be positive: " + maxAge);
        }
        this.store = store;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Keeps {@code ticket} as the platform's current one, received {@code receivedAt}. */
    public void store(String componentAppId, String ticket, Instant receivedAt) {
        store.put(KEY_PREFIX + componentAppId, receivedAt.toEpochMilli() + " " + ticket, maxAge);
    }

    /** The current ticket; COMPONENT_TICKET_MISSING when none arrived or the last one is too old. */
    public String current(String componentAppId) {
        return find(componentAppId).filter(t -> !clock.instant().isAfter(t.receivedAt().plus(maxAge)))
                .map(StoredTicket::ticket)
                .orElseThrow(() -> new PayerIdException(ErrorCode.COMPONENT_TICKET_MISSING,
                        "no current component_verify_ticket for " + componentAppId + " (WeChat pushes one every 10 minutes)"));
    }

    /** The last ticket and when it came, whatever its age (for status pages). */
    public Optional<StoredTicket> find(String componentAppId) {
        return store.get(KEY_PREFIX + componentAppId).flatMap(StoredTicket::parse);
    }

    /** A ticket as stored: {@code "<epoch ms> <ticket>"}. Its toString hides the ticket. */
    public record StoredTicket(Instant receivedAt, String ticket) {

        static Optional<StoredTicket> parse(String raw) {
            int space = raw.indexOf(' ');
            if (space <= 0 || space == raw.length() - 1) {
                return Optional.empty();
            }
            try {
                return Optional.of(new StoredTicket(Instant.ofEpochMilli(Long.parseLong(raw.substring(0, space))),
                        raw.substring(space + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }

        @Override
        public String toString() {
            return "StoredTicket[receivedAt=" + receivedAt + ", ticket=******]";
        }
    }
}
