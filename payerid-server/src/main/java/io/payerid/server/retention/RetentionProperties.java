package io.payerid.server.retention;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long stored payer identities are kept ({@code payerid.retention.*}); README "What PayerID stores and
 * for how long". Every period counts from a row's last change (a callback's last attempt, a seed 004
 * request's authorization or expiry, whichever is later).
 *
 * @param enabled              run the purge at all
 * @param interval             pause between two runs on each node
 * @param initialDelay         pause after start before the first run
 * @param batchSize            rows touched per statement, so no statement holds locks for long
 * @param deliveredCallbackBody a delivered callback's body (it carries the payer's ids) is emptied after this
 * @param failedCallbackBody   a failed callback's body is emptied after this; until then an operator can retry it
 * @param exchangeIdentities   a finished seed 004 request's Alipay open_id/user_id, merchant user id and link
 *                             token are removed this long after it expired
 * @param history              callbacks (with their attempts) and seed 004 requests, already without
 *                             identities, are deleted after this
 * @param flowStats            the dashboard's per-minute figures (no identities in them) are deleted after this
 */
@ConfigurationProperties("payerid.retention")
public record RetentionProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1h") Duration interval,
        @DefaultValue("1m") Duration initialDelay,
        @DefaultValue("500") int batchSize,
        @DefaultValue("7d") Duration deliveredCallbackBody,
        @DefaultValue("30d") Duration failedCallbackBody,
        @DefaultValue("7d") Duration exchangeIdentities,
        @DefaultValue("180d") Duration history,
        @DefaultValue("30d") Duration flowStats) {

    public RetentionProperties {
        if (batchSize < 1 || batchSize > 10_000) {
            throw new IllegalArgumentException("payerid.retention.batch-size must be 1-10000, was " + batchSize);
        }
        for (Duration period : new Duration[] {deliveredCallbackBody, failedCallbackBody, exchangeIdentities, history, flowStats}) {
            if (period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("payerid.retention periods must be positive, was " + period);
            }
        }
    }
}
