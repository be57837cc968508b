package io.payerid.console.port;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * Merchant callbacks (the server's durable outbox) with every delivery attempt, and a manual retry: the same
 * queries and the same requeue as the admin API's callback endpoints. Who may see which merchant's callbacks is
 * the console's decision ({@link io.payerid.console.web.ConsoleAccess}); this port filters as told.
 */
public interface CallbackHistory {

    /** PENDING until acknowledged (DELIVERED) or the retry schedule is exhausted (FAILED). */
    enum Status { PENDING, DELIVERED, FAILED }

    /** Why a callback cannot be retried: acknowledged already, or its body emptied by the retention purge. */
    enum RetryRefusal { DELIVERED, BODY_PURGED }

    /**
     * Which callbacks to list; null components mean "any".
     *
     * @param merchantId    internal merchant id
     * @param createdFrom   epoch millis, inclusive
     * @param createdBefore epoch millis, exclusive
     * @param reference     the dialect's reference, e.g. a serialNo
     */
    record Filter(Status status, String merchantId, String appId, Long createdFrom, Long createdBefore,
                  String reference) {
    }

    /**
     * One callback. {@code mchNo} is null when its merchant is gone or it has none; {@code nextAttemptAt} is null
     * unless PENDING; {@code refusal} is present when it cannot be retried.
     */
    record Callback(String id, String dialect, String merchantId, String mchNo, String appId, String reference,
                    String targetUrl, String body, Status status, int attempts, Long nextAttemptAt, long createdAt,
                    Optional<RetryRefusal> refusal) {

        /** The host the callback goes to, for the list's column; the whole URL when it has none. */
        public String targetHost() {
            try {
                String host = URI.create(targetUrl).getHost();
                return host == null ? targetUrl : host;
            } catch (IllegalArgumentException e) {
                return targetUrl;
            }
        }
    }

    /** One delivery attempt; {@code httpStatus} null when the receiver did not answer. */
    record Attempt(int attemptNo, long attemptedAt, Integer httpStatus, String outcome, String detail) {
    }

    /** A page of the list, newest first; {@code nextCursor} is null on the last page. */
    record Page(List<Callback> items, String nextCursor) {
    }

    /**
     * Up to {@code limit} callbacks after the cursor {@code after} (null: the first page).
     *
     * @throws io.payerid.core.error.PayerIdException INVALID_REQUEST when {@code after} is not a cursor of this list
     */
    Page list(Filter filter, String after, int limit);

    Optional<Callback> callback(String id);

    /** Every attempt of the callback, first first. */
    List<Attempt> attempts(String id);

    /** Puts the callback back in line now (same id, history kept); the refusal when it cannot be. */
    Optional<RetryRefusal> retry(String id);
}
