package io.payerid.console.audit;

import io.payerid.console.session.ConsoleUser;
import jakarta.servlet.http.HttpServletRequest;

/** Records a change made through the console under the logged-in user's name and the client's address. */
public class ConsoleChanges {

    private final AuditLog log;

    public ConsoleChanges(AuditLog log) {
        this.log = log;
    }

    public void record(ConsoleUser user, HttpServletRequest request, String action, String target, String merchantId,
                       String detail) {
        log.record(user.username(), request.getRemoteAddr(), action, target, merchantId, detail);
    }
}
