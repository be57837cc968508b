package io.payerid.server.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.payerid.server.config.DevelopmentProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import io.payerid.core.lifecycle.BuiltOnFirstUse;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers due callbacks: claims a batch, POSTs each on a virtual thread with its dialect's fresh
 * signature, and records the outcome. An unacknowledged callback waits for the next slot of the
 * retry schedule; after the last one it is FAILED (an operator can requeue it). A target whose host
 * resolves to a loopback, private, link-local or other non-public address is refused when the client
 * connects (the address checked is the address connected to) and FAILED at once, unless
 * {@code payerid.development.allow-private-targets} is on.
 */
@Component
public class CallbackDeliverer implements AutoCloseable {

    private static final ContentType JSON_UTF8 = ContentType.parse("application/json; charset=utf-8");
    /** A receiver's answer is an acknowledgement, not a document: read no more than this. */
    private static final int MAX_ANSWER_CHARS = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(CallbackDeliverer.class);

    private final CallbackOutbox outbox;
    private final Map<String, CallbackDialect> dialects;
    private final OutboxProperties properties;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final CallbackAttempts attempts;
    /** Built on the first delivery, not with the bean: most polls find nothing due (issue 8 item 5, start time). */
    private final BuiltOnFirstUse<CloseableHttpClient> http;

    @Autowired
    public CallbackDeliverer(CallbackOutbox outbox, List<CallbackDialect> dialects, OutboxProperties properties, Clock clock,
                             DevelopmentProperties development, MeterRegistry registry) {
        this(outbox, dialects, properties, clock,
                new PublicAddressResolver(InetAddress::getAllByName, development.allowPrivateTargets()), registry);
    }

    CallbackDeliverer(CallbackOutbox outbox, List<CallbackDialect> dialects, OutboxProperties properties, Clock clock,
                      DnsResolver resolver) {
        this(outbox, dialects, properties, clock, resolver, new SimpleMeterRegistry());
    }

    private CallbackDeliverer(CallbackOutbox outbox, List<CallbackDialect> dialects, OutboxProperties properties,
                              Clock clock, DnsResolver resolver, MeterRegistry registry) {
        this.attempts = new CallbackAttempts(registry);
        this.outbox = outbox;
        this.dialects = dialects.stream().collect(Collectors.toMap(CallbackDialect::name, Function.identity()));
        this.properties = properties;
        this.schedule = properties.schedule();
        this.clock = clock;
        this.http = new BuiltOnFirstUse<>(() -> httpClient(resolver, properties.requestTimeout()));
    }

    /** No redirects (a 302 to an internal host would bypass the check), no automatic retries, no proxy. */
    private static CloseableHttpClient httpClient(DnsResolver resolver, Duration timeout) {
        Timeout limit = Timeout.ofMilliseconds(timeout.toMillis());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .setMaxConnTotal(64)
                        .setMaxConnPerRoute(8)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .build();
    }

    @Override
    public void close() throws IOException {
        if (http.ifBuilt().isPresent()) {
            http.ifBuilt().get().close();
        }
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
            HttpPost request = new HttpPost(message.targetUrl());
            request.setEntity(new StringEntity(message.body(), JSON_UTF8));
            dialect.headers(message).forEach(request::setHeader);
            Answer answer = http.get().execute(request, response -> new Answer(response.getCode(), response.getEntity() == null
                    ? "" : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, MAX_ANSWER_CHARS)));
            boolean acknowledged = dialect.acknowledged(answer.status(), answer.body());
            attempt = new DeliveryAttempt(message.id(), attemptNo, started, answer.status(),
                    acknowledged ? DeliveryAttempt.Outcome.DELIVERED : DeliveryAttempt.Outcome.REJECTED, answer.body());
        } catch (NonPublicTargetException e) {
            attempt = new DeliveryAttempt(message.id(), attemptNo, started, null, DeliveryAttempt.Outcome.REFUSED,
                    e.getMessage());
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                return; // shutting down: the lease expires and another attempt follows
            }
            attempt = new DeliveryAttempt(message.id(), attemptNo, started, null, DeliveryAttempt.Outcome.ERROR,
                    e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        record(message, attempt);
    }

    private void record(OutboxMessage message, DeliveryAttempt attempt) {
        attempts.record(attempt);
        if (attempt.outcome() == DeliveryAttempt.Outcome.DELIVERED) {
            outbox.recordAttempt(message, attempt, OutboxStatus.DELIVERED, message.nextAttemptAt());
            return;
        }
        if (attempt.outcome() == DeliveryAttempt.Outcome.REFUSED) {
            // Retrying cannot make a private address public; an operator may requeue after fixing the target.
            log.warn("callback {} ({}) refused: {}", message.id(), message.reference(), attempt.detail());
            outbox.recordAttempt(message, attempt, OutboxStatus.FAILED, message.nextAttemptAt());
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

    private record Answer(int status, String body) {
    }
}
