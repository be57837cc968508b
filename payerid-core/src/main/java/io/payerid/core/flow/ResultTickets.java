package io.payerid.core.flow;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.signing.ConstantTime;
import io.payerid.core.signing.Digests;
import io.payerid.core.store.SharedStateStore;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * One-time tickets for the {@code ticket} result delivery: the payer's redirect carries only a ticket, and
 * the merchant's backend redeems it once, within {@link #TTL}, for the identity. Kept in the shared store
 * (any node redeems what another issued) under the ticket's hash, since the ticket is a bearer credential.
 */
public final class ResultTickets {

    /** Short enough that a ticket in a leaked URL is worthless; long enough for a redirect plus one backend call. */
    public static final Duration TTL = Duration.ofSeconds(60);

    static final String PREFIX = "ticket:";
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    /** What a redeemed ticket gives: the identity and the merchant's state of the flow. */
    public record Redeemed(PayerIdentity identity, String merchantState) {
    }

    private final SharedStateStore store;

    public ResultTickets(SharedStateStore store) {
        this.store = store;
    }

    /** A new ticket for {@code appId}'s flow result. */
    public String issue(String appId, PayerIdentity identity, String merchantState) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String ticket = BASE64URL.encodeToString(raw);
        String state = merchantState == null ? "" : BASE64URL.encodeToString(merchantState.getBytes(StandardCharsets.UTF_8));
        store.put(PREFIX + hash(ticket), appId + " " + (merchantState == null ? "-" : state) + " "
                + PayerIdentityCodec.encode(identity), TTL);
        return ticket;
    }

    /**
     * Redeems a ticket once for {@code appId}. Unknown, expired, already redeemed, or issued to another app:
     * TICKET_INVALID (another app's attempt does not use the ticket up).
     */
    public Redeemed redeem(String appId, String ticket) {
        if (ticket == null || !FORMAT.matcher(ticket).matches()) {
            throw invalid();
        }
        String key = PREFIX + hash(ticket);
        String record = store.get(key).orElseThrow(ResultTickets::invalid);
        String[] parts = record.split(" ", 3);
        if (parts.length != 3 || !ConstantTime.equals(parts[0], appId)) {
            throw invalid();
        }
        // Compare-and-delete: of two concurrent redemptions exactly one removes the record.
        if (!store.deleteIfEquals(key, record)) {
            throw invalid();
        }
        String state = parts[1].equals("-") ? null : new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        return new Redeemed(PayerIdentityCodec.decode(parts[2]), state);
    }

    private static String hash(String ticket) {
        return BASE64URL.encodeToString(Digests.sha256(ticket.getBytes(StandardCharsets.US_ASCII)));
    }

    private static PayerIdException invalid() {
        return new PayerIdException(ErrorCode.TICKET_INVALID, "ticket unknown, expired, already redeemed or issued to another app");
    }
}
