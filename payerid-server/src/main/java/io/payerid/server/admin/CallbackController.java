package io.payerid.server.admin;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.outbox.DeliveryAttempt;
import io.payerid.server.outbox.OutboxFilter;
import io.payerid.server.outbox.OutboxMessage;
import io.payerid.server.outbox.OutboxPosition;
import io.payerid.server.outbox.OutboxStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Merchant callbacks and their delivery history (the durable outbox), and a manual retry. */
@RestController
@RequestMapping("/admin/v1/callbacks")
@Tag(name = "Admin: callbacks")
@SecurityRequirement(name = AdminConfiguration.SECURITY_SCHEME)
class CallbackController {

    record CallbackView(String notificationId, String dialect, String appId, String reference, String targetUrl,
                        OutboxStatus status, int attempts, Instant nextAttemptAt, Instant createdAt, String body,
                        List<AttemptView> history) {

        static CallbackView of(OutboxMessage m, List<DeliveryAttempt> history) {
            return new CallbackView(m.id(), m.dialect(), m.appId(), m.reference(), m.targetUrl(), m.status(), m.attempts(),
                    m.status() == OutboxStatus.PENDING ? Instant.ofEpochMilli(m.nextAttemptAt()) : null,
                    Instant.ofEpochMilli(m.createdAt()), m.body(),
                    history == null ? null : history.stream().map(AttemptView::of).toList());
        }
    }

    record AttemptView(int attemptNo, Instant attemptedAt, Integer httpStatus, DeliveryAttempt.Outcome outcome, String detail) {

        static AttemptView of(DeliveryAttempt a) {
            return new AttemptView(a.attemptNo(), Instant.ofEpochMilli(a.attemptedAt()), a.httpStatus(), a.outcome(), a.detail());
        }
    }

    static final String NEXT_CURSOR = "X-Next-Cursor";
    private static final int MAX_LIMIT = 500;

    private final CallbackOutbox outbox;
    private final TenantDirectory directory;

    CallbackController(CallbackOutbox outbox, TenantDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "Callbacks, newest first, one page at a time; filters combine: status, merchant (its mchNo), "
            + "appId, and the dialect's reference (e.g. serialNo). An unknown merchant lists nothing. A full page "
            + "carries X-Next-Cursor: pass it back as ?after= (with the same filters) for the next page.")
    ResponseEntity<List<CallbackView>> list(@RequestParam(required = false) OutboxStatus status,
                                            @RequestParam(required = false) String merchant,
                                            @RequestParam(required = false) String appId,
                                            @RequestParam(required = false) String reference,
                                            @RequestParam(required = false) String after,
                                            @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw PayerIdException.invalid("limit must be 1-" + MAX_LIMIT);
        }
        OutboxPosition position = position(after);
        Optional<Merchant> owner = merchant == null ? Optional.empty() : directory.merchantByMchNo(merchant);
        if (merchant != null && owner.isEmpty()) {
            return ResponseEntity.ok(List.of());
        }
        OutboxFilter filter = new OutboxFilter(status, owner.map(Merchant::id).orElse(null), appId, null, null, reference);
        List<OutboxMessage> page = outbox.recent(filter, limit, position);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.size() == limit) {
            answer.header(NEXT_CURSOR, OutboxPosition.of(page.getLast()).cursor());
        }
        return answer.body(page.stream().map(m -> CallbackView.of(m, null)).toList());
    }

    private static OutboxPosition position(String after) {
        if (after == null) {
            return null;
        }
        return OutboxPosition.parse(after).orElseThrow(() -> PayerIdException.invalid("after is not a cursor of this list"));
    }

    @GetMapping("/{notificationId}")
    @Operation(summary = "One callback with every delivery attempt")
    CallbackView get(@PathVariable String notificationId) {
        OutboxMessage message = outbox.find(notificationId)
                .orElseThrow(() -> new PayerIdException(ErrorCode.NOT_FOUND, "no callback " + notificationId));
        return CallbackView.of(message, outbox.attempts(notificationId));
    }

    @PostMapping("/{notificationId}/retry")
    @Operation(summary = "Deliver a pending or failed callback again now (same notification id)")
    ResponseEntity<Void> retry(@PathVariable String notificationId) {
        if (!outbox.requeue(notificationId)) {
            throw new PayerIdException(ErrorCode.NOT_FOUND, "no undelivered callback " + notificationId
                    + " with its body (failed callbacks' bodies are purged after payerid.retention.failed-callback-body)");
        }
        return ResponseEntity.accepted().build();
    }
}
