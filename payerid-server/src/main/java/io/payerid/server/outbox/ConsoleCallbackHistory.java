package io.payerid.server.outbox;

import io.payerid.console.port.CallbackHistory;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The console's callback port over the outbox's own queries and requeue, the ones the admin API's
 * {@code /admin/v1/callbacks} uses, so both lists filter, page and retry alike.
 */
@Component
public class ConsoleCallbackHistory implements CallbackHistory {

    private final CallbackOutbox outbox;
    private final TenantDirectory directory;

    public ConsoleCallbackHistory(CallbackOutbox outbox, TenantDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    @Override
    public Page list(Filter filter, String after, int limit) {
        OutboxPosition position = after == null ? null : OutboxPosition.parse(after)
                .orElseThrow(() -> PayerIdException.invalid("not a cursor of this list"));
        OutboxFilter query = new OutboxFilter(filter.status() == null ? null : OutboxStatus.valueOf(filter.status().name()),
                filter.merchantId(), filter.appId(), filter.createdFrom(), filter.createdBefore(), filter.reference());
        List<OutboxMessage> rows = outbox.recent(query, limit, position);
        // One directory lookup per merchant on the page, not per row.
        Map<String, Optional<String>> mchNos = new HashMap<>();
        List<Callback> items = rows.stream().map(m -> view(m, mchNos)).toList();
        return new Page(items, rows.size() == limit ? OutboxPosition.of(rows.getLast()).cursor() : null);
    }

    @Override
    public Optional<Callback> callback(String id) {
        return outbox.find(id).map(m -> view(m, new HashMap<>()));
    }

    @Override
    public List<Attempt> attempts(String id) {
        return outbox.attempts(id).stream().map(a -> new Attempt(a.attemptNo(), a.attemptedAt(), a.httpStatus(),
                a.outcome().name(), a.detail())).toList();
    }

    @Override
    public Optional<RetryRefusal> retry(String id) {
        if (outbox.requeue(id)) {
            return Optional.empty();
        }
        OutboxMessage message = outbox.find(id).orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "no callback " + id));
        // The requeue's own conditions refused it; a row that meets them now was delivered or purged meanwhile.
        return Optional.of(refusal(message).orElse(RetryRefusal.DELIVERED));
    }

    private Callback view(OutboxMessage m, Map<String, Optional<String>> mchNos) {
        String mchNo = m.merchantId() == null ? null : mchNos.computeIfAbsent(m.merchantId(),
                id -> directory.merchantById(id).map(Merchant::mchNo)).orElse(null);
        Status status = Status.valueOf(m.status().name());
        return new Callback(m.id(), m.dialect(), m.merchantId(), mchNo, m.appId(), m.reference(), m.targetUrl(), m.body(),
                status, m.attempts(), status == Status.PENDING ? m.nextAttemptAt() : null, m.createdAt(), refusal(m));
    }

    private static Optional<RetryRefusal> refusal(OutboxMessage m) {
        return RequeueRefusal.of(m).map(r -> RetryRefusal.valueOf(r.name()));
    }
}
