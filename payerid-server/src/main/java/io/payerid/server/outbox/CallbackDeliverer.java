package io.payerid.server.outbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due callbacks: claims a batch, POSTs each on a virtual thread with its dialect's fresh
 * signature, and records the outcome. An unacknowledged callback waits for the next slot of the
 * retry schedule; after the last one it is FAILED (an operator can requeue it).
 */
@Component
public class CallbackDeliverer {

    private static final Logger log = LoggerFactory.getLogger(CallbackDeliverer.class);

    private final CallbackOutbox outbox;
    private final Map<String, CallbackDialect> dialects;
    private final OutboxProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final HttpClient http;

    public CallbackDeliverer(CallbackOutbox outbox, List<CallbackDialect> dialects, OutboxProperties properties, Clock clock) {
        this.outbox = outbox;
        this.dialects = dialects.stream().collect(Collectors.toMap(CallbackDialect::name, Function.identity()));
        this.properties = properties;
        this.schedule = properties.schedule();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${payerid.outbox.poll-interval:1s}")
    public void deliverDue() {
        List<OutboxMessage> due = outbox.claimDue(properties.batchSize(), properties.lease().toMillis());
        if (due.isEmpty()) {
            return;
        }
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            due.forEach(message -> workers.submit(() -> deliver(message)));
        }
    }

    void deliver(OutboxMessage message) {
        int attemptNo = message.attempts() + 1;
        long started = clock.millis();
        DeliveryAttempt attempt;
        try {
            CallbackDialect dialect = dialect(message);
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(message.targetUrl()))
                    .timeout(properties.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8));
            dialect.headers(message).forEach(request::header);
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            boolean acknowledged = dialect.acknowledged(response.statusCode(), response.body());
            attempt = new DeliveryAttempt(message.id(), attemptNo, started, response.statusCode(),
                    acknowledged ? DeliveryAttempt.Outcome.DELIVERED : DeliveryAttempt.Outcome.REJECTED, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return; // shutting down: the lease expires and another attempt follows
        } catch (Exception e) {
            attempt = new DeliveryAttempt(message.id(), attemptNo, started, null, DeliveryAttempt.Outcome.ERROR,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        record(message, attempt);
    }

    private void record(OutboxMessage message, DeliveryAttempt attempt) {
        if (attempt.outcome() == DeliveryAttempt.Outcome.DELIVERED) {
            outbox.recordAttempt(message, attempt, OutboxStatus.DELIVERED, message.nextAttemptAt());
            return;
        }
        var delay = schedule.delayAfter(attempt.attemptNo());
        if (delay.isPresent()) {
            outbox.recordAttempt(message, attempt, OutboxStatus.PENDING, clock.millis() + delay.get().toMillis());
        } else {
            log.warn("callback {} ({}) failed after {} attempts", message.id(), message.reference(), attempt.attemptNo());
            outbox.recordAttempt(message, attempt, OutboxStatus.FAILED, message.nextAttemptAt());
        }
    }

    private CallbackDialect dialect(OutboxMessage message) {
        CallbackDialect dialect = dialects.get(message.dialect());
        if (dialect == null) {
            throw new IllegalStateException("no callback dialect named " + message.dialect());
        }
        return dialect;
    }
}
