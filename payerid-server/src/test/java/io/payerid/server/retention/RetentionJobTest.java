package io.payerid.server.retention;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.dialect.exchange.ExchangeAuthRequest;
import io.payerid.server.dialect.exchange.ExchangeAuthRequests;
import io.payerid.server.dialect.exchange.ExchangeSignType;
import io.payerid.server.outbox.CallbackOutbox;
import io.payerid.server.outbox.DeliveryAttempt;
import io.payerid.server.outbox.OutboxMessage;
import io.payerid.server.outbox.OutboxStatus;
import io.payerid.server.stats.FlowStatsStore;
import io.payerid.server.support.ThrowAwayDatabase;
import io.payerid.server.support.ThrowAwayDatabase.Engine;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention rules against each supported database, on a clock the test moves. */
class RetentionJobTest {

    private static final Duration DAY = Duration.ofDays(1);

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-22T10:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    private JdbcClient jdbc;
    private CallbackOutbox outbox;
    private ExchangeAuthRequests exchangeRequests;
    private RetentionJob job;

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenDeliveredCallbackIsOlderThanItsPeriodThenBodyEmptiedAndHistoryKept(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 2)) {
            String old = delivered("old");
            advance(DAY.multipliedBy(3));
            String recent = delivered("recent");
            String pending = outbox.enqueue("EXCHANGE", "inst1", "mch1", "pending", "https://m.example/cb", "{\"openId\":\"p\"}");
            advance(DAY.multipliedBy(5));   // old: 8 days, recent: 5 days

            RetentionReport report = job.run();

            assertThat(report.deliveredBodiesPurged()).isEqualTo(1);
            assertThat(body(old)).isEmpty();
            assertThat(body(recent)).contains("openId");
            assertThat(body(pending)).contains("openId");
            assertThat(outbox.attempts(old)).hasSize(1);
            assertThat(outbox.find(old).orElseThrow().status()).isEqualTo(OutboxStatus.DELIVERED);
            assertThat(job.run().total()).as("a second run finds nothing").isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenManyBodiesAreDueThenAllPurgedInSmallBatches(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 3)) {
            for (int i = 0; i < 10; i++) {
                delivered("batch" + i);
            }
            advance(DAY.multipliedBy(8));

            assertThat(job.run().deliveredBodiesPurged()).isEqualTo(10);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM callback_outbox WHERE body <> ''").query(Long.class).single()).isZero();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenFailedCallbackBodyIsPurgedThenItCanNoLongerBeRequeued(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 2)) {
            String failed = finished("failed", OutboxStatus.FAILED, DeliveryAttempt.Outcome.REJECTED);
            advance(DAY.multipliedBy(8));
            assertThat(job.run().failedBodiesPurged()).as("a failed callback keeps its body for 30 days").isZero();
            advance(DAY.multipliedBy(23));

            assertThat(job.run().failedBodiesPurged()).isEqualTo(1);
            assertThat(body(failed)).isEmpty();
            assertThat(outbox.requeue(failed)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenExchangeRequestHasExpiredThenIdentitiesAndLinkTokenRemovedButRequestKept(Engine engine)
            throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 2)) {
            ExchangeAuthRequest request = exchangeRequests.create("app1", "mch1", "serial-1", "merchant-user-7",
                    "https://m.example/cb", ExchangeSignType.MD5, now.get() + Duration.ofMinutes(30).toMillis());
            exchangeRequests.markAuthorized(request.id(), "open-id-1", "2088000000000001", null);
            ExchangeAuthRequest live = exchangeRequests.create("app1", "mch1", "serial-2", "merchant-user-8",
                    "https://m.example/cb", ExchangeSignType.MD5, now.get() + DAY.multipliedBy(30).toMillis());
            advance(DAY.multipliedBy(8));

            assertThat(job.run().exchangeIdentitiesPurged()).isEqualTo(1);

            ExchangeAuthRequest purged = exchangeRequests.find(request.id()).orElseThrow();
            assertThat(purged.alipayOpenId()).isNull();
            assertThat(purged.alipayUserId()).isNull();
            assertThat(purged.merchantUserId()).isEmpty();
            assertThat(purged.linkToken()).isEqualTo(request.id());
            assertThat(purged.serialNo()).isEqualTo("serial-1");
            assertThat(exchangeRequests.findByLinkToken(request.linkToken())).isEmpty();
            assertThat(exchangeRequests.findByLinkToken(request.id())).as("the replacement is never a link").isEmpty();
            assertThat(exchangeRequests.findByLinkToken(live.linkToken())).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenHistoryPeriodHasPassedThenCallbacksAndTheirRequestsDeletedPendingKept(Engine engine)
            throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 2)) {
            ExchangeAuthRequest request = exchangeRequests.create("app1", "mch1", "serial-h", "u", "https://m.example/cb",
                    ExchangeSignType.MD5, now.get() + Duration.ofMinutes(30).toMillis());
            String delivered = delivered("serial-h");
            exchangeRequests.markAuthorized(request.id(), "open-id-h", null, delivered);
            String pending = outbox.enqueue("EXCHANGE", "inst1", "mch1", "still-due", "https://m.example/cb", "{}");
            advance(DAY.multipliedBy(181));

            RetentionReport report = job.run();

            assertThat(report.callbacksDeleted()).isEqualTo(1);
            assertThat(report.exchangeRequestsDeleted()).isEqualTo(1);
            assertThat(outbox.find(delivered)).isEmpty();
            assertThat(outbox.attempts(delivered)).isEmpty();
            assertThat(exchangeRequests.find(request.id())).isEmpty();
            assertThat(outbox.find(pending)).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(Engine.class)
    void runWhenRequestsCallbackIsStillPendingThenRequestKeptForItsSignature(Engine engine) throws SQLException {
        try (ThrowAwayDatabase database = open(engine, 2)) {
            ExchangeAuthRequest request = exchangeRequests.create("app1", "mch1", "serial-p", "u", "https://m.example/cb",
                    ExchangeSignType.MD5, now.get() + Duration.ofMinutes(30).toMillis());
            String pending = outbox.enqueue("EXCHANGE", "inst1", "mch1", "serial-p", "https://m.example/cb", "{}");
            exchangeRequests.markAuthorized(request.id(), "open-id-p", null, pending);
            advance(DAY.multipliedBy(181));

            assertThat(job.run().exchangeRequestsDeleted()).isZero();
            assertThat(exchangeRequests.findByNotificationId(pending)).isPresent();
        }
    }

    private ThrowAwayDatabase open(Engine engine, int batchSize) throws SQLException {
        ThrowAwayDatabase database = ThrowAwayDatabase.migrated(engine);
        jdbc = JdbcClient.create(database.dataSource());
        long t = now.get();
        jdbc.sql("INSERT INTO institution (id, inst_no, name, sign_key_enc, created_at) VALUES ('inst1', 'I1', 'i', NULL, ?)")
                .param(t).update();
        jdbc.sql("INSERT INTO merchant (id, institution_id, mch_no, name, enabled, created_at) VALUES ('mch1', 'inst1', 'M1', 'm', TRUE, ?)")
                .param(t).update();
        outbox = new CallbackOutbox(jdbc, clock);
        exchangeRequests = new ExchangeAuthRequests(jdbc, clock);
        RetentionProperties properties = new RetentionProperties(true, Duration.ofHours(1), Duration.ofMinutes(1),
                batchSize, Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(7), Duration.ofDays(180), Duration.ofDays(30));
        job = new RetentionJob(new CallbackOutboxRetention(jdbc), new ExchangeRequestRetention(jdbc),
                new FlowStatsStore(jdbc), properties, clock);
        return database;
    }

    private String delivered(String reference) {
        return finished(reference, OutboxStatus.DELIVERED, DeliveryAttempt.Outcome.DELIVERED);
    }

    private String finished(String reference, OutboxStatus status, DeliveryAttempt.Outcome outcome) {
        String id = outbox.enqueue("EXCHANGE", "inst1", "mch1", reference, "https://m.example/cb",
                "{\"openId\":\"open-id-" + reference + "\"}");
        OutboxMessage message = outbox.find(id).orElseThrow();
        outbox.recordAttempt(message, new DeliveryAttempt(id, 1, now.get(), 200, outcome, null), status, now.get());
        return id;
    }

    private String body(String id) {
        return outbox.find(id).orElseThrow().body();
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toMillis());
    }
}
