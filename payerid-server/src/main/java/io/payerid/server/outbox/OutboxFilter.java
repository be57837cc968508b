package io.payerid.server.outbox;

/**
 * Which callbacks a list shows; every null component means "any". Shared by the admin API and the console, so
 * both filter with the same SQL ({@link CallbackOutbox#recent(OutboxFilter, int, OutboxPosition)}).
 *
 * @param merchantId    internal merchant id (callers resolve a mchNo first)
 * @param appId         the merchant's public appId
 * @param createdFrom   epoch millis, inclusive
 * @param createdBefore epoch millis, exclusive
 * @param reference     the dialect's reference, e.g. a serialNo
 */
public record OutboxFilter(OutboxStatus status, String merchantId, String appId, Long createdFrom, Long createdBefore,
                           String reference) {

    public static final OutboxFilter ANY = new OutboxFilter(null, null, null, null, null, null);

    public static OutboxFilter ofStatus(OutboxStatus status) {
        return new OutboxFilter(status, null, null, null, null, null);
    }
}
