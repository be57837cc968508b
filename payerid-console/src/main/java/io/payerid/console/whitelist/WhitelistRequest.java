package io.payerid.console.whitelist;

/**
 * A merchant user's request for a redirect whitelist entry. A merchant user cannot widen where its own payers may be
 * sent on its word alone: the URL is checked by the whitelist rules when asked (so a refusal shows at once), and a
 * platform operator approves it (the rules run again, then the entry is added) or rejects it with a reason.
 */
public record WhitelistRequest(String id, String merchantId, String url, boolean wholeOrigin, Status status,
                               String requestedBy, long requestedAt, String decidedBy, Long decidedAt, String reason) {

    public enum Status { PENDING, APPROVED, REJECTED, WITHDRAWN }

    public boolean pending() {
        return status == Status.PENDING;
    }
}
