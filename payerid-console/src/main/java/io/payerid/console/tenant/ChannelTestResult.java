package io.payerid.console.tenant;

import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.tenant.ChannelKind;

/** A channel test's result as the page shows it next to the kind's form. */
public record ChannelTestResult(ChannelKind kind, ProbeOutcome outcome, String detail, long elapsedMillis) {

    /** For the audit log: the outcome and its duration; the upstream's text stays on the page. */
    String auditDetail(String owner) {
        return "owner=" + owner + ", kind=" + kind + ", outcome=" + outcome + ", elapsedMs=" + elapsedMillis;
    }

    public boolean ok() {
        return outcome == ProbeOutcome.OK;
    }
}
