package io.payerid.server.retention;

/** What one retention run changed: rows whose identities were removed, and rows deleted. */
public record RetentionReport(long deliveredBodiesPurged, long failedBodiesPurged, long exchangeIdentitiesPurged,
                              long callbacksDeleted, long exchangeRequestsDeleted, long flowStatsDeleted) {

    public long total() {
        return deliveredBodiesPurged + failedBodiesPurged + exchangeIdentitiesPurged + callbacksDeleted
                + exchangeRequestsDeleted + flowStatsDeleted;
    }
}
