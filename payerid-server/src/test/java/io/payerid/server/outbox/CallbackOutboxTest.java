package io.payerid.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.payerid.core.tenant.Institution;
import io.payerid.core.tenant.TenantAdmin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Claims, leases and the retry schedule, on a real (H2) database. */
class CallbackOutboxTest {

    private final AtomicLong now = new AtomicLong(Instant.parse("2026-11-22T10:00:00Z").toEpochMilli());
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private CallbackOutbox outbox;
    private String institutionId;

    @BeforeEach
    void database() {
        DataSource ds = new DriverManagerDataSource("jdbc:h2:mem:outbox" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        JdbcClient jdbc = JdbcClient.create(ds);
        long t = now.get();
        institutionId = "inst1";
        jdbc.sql("INSERT INTO institution (id, inst_no, name, sign_key_enc, created_at) VALUES (?, ?, ?, NULL, ?)")
                .params(institutionId, "I1", "i", t).update();
        outbox = new CallbackOutbox(jdbc, clock);
    }

    @Test
    void recentWhenPagedWithTheLastPositionThenEveryRowOnceNewestFirst() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(outbox.enqueue("d", institutionId, null, "ref" + i, "http://127.0.0.1:9/x", "{}"));
            now.addAndGet(i % 2);                               // two pairs share a creation time: the id breaks the tie
        }
        List<String> seen = new ArrayList<>();
        OutboxPosition after = null;
        for (int page = 0; page < 3; page++) {
            List<OutboxMessage> rows = outbox.recent(OutboxFilter.ANY, 2, after);
            assertThat(rows).hasSizeLessThanOrEqualTo(2);
            rows.forEach(r -> seen.add(r.id()));
            after = rows.isEmpty() ? after : OutboxPosition.of(rows.getLast());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(outbox.recent(OutboxFilter.ANY, 2, after)).isEmpty();
        assertThat(outbox.recent(OutboxFilter.ofStatus(OutboxStatus.FAILED), 10, null)).isEmpty();
        assertThat(outbox.byReference("ref3", 10)).extracting(OutboxMessage::id).containsExactly(ids.get(3));
    }

    @Test
    void backlogWhenCallbacksPendingThenCountsThemAndTheOldestDueOnly() {
        assertThat(outbox.backlog()).isEqualTo(new CallbackOutbox.Backlog(0, null));
        long firstDue = now.get();
        String retried = outbox.enqueue("d", institutionId, null, "a", "http://127.0.0.1:9/x", "{}");
        now.addAndGet(1_000);
        outbox.enqueue("d", institutionId, null, "b", "http://127.0.0.1:9/x", "{}");
        OutboxMessage claimed = outbox.claimDue(1, 5_000).getFirst();
        assertThat(claimed.id()).isEqualTo(retried);
        outbox.recordAttempt(claimed, new DeliveryAttempt(retried, 1, now.get(), 500, DeliveryAttempt.Outcome.REJECTED, "busy"),
                OutboxStatus.PENDING, now.get() + 60_000);   // not due again for a minute

        assertThat(outbox.backlog()).isEqualTo(new CallbackOutbox.Backlog(2, firstDue + 1_000));

        OutboxBacklogMetrics gauges = new OutboxBacklogMetrics(outbox, clock, registry);
        now.addAndGet(9_000);
        assertThat(registry.get(OutboxBacklogMetrics.DEPTH).gauge().value()).isEqualTo(2);
        assertThat(registry.get(OutboxBacklogMetrics.OLDEST_DUE_AGE).gauge().value()).isEqualTo(9.0);
        assertThat(gauges).isNotNull();
    }

    @Test
    void positionParseWhenCursorIsNotOneOfOursThenEmpty() {
        assertThat(OutboxPosition.parse("1764583200000.01jabc")).contains(new OutboxPosition(1764583200000L, "01jabc"));
        for (String bad : List.of("", ".", "x.y", "1.", ".a", "1.a'b", "1.a b", "9".repeat(40) + ".a", "1.a.b")) {
            assertThat(OutboxPosition.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void aClaimedCallbackIsReservedUntilItsLeaseRunsOut() {
        String id = outbox.enqueue("d", institutionId, null, "ref", "http://127.0.0.1:9/x", "{}");
        assertThat(outbox.claimDue(10, 5_000)).extracting(OutboxMessage::id).containsExactly(id);
        assertThat(outbox.claimDue(10, 5_000)).isEmpty();      // another node polls: nothing
        now.addAndGet(5_001);                                   // the claimer died without recording
        assertThat(outbox.claimDue(10, 5_000)).extracting(OutboxMessage::id).containsExactly(id);
    }

    @Test
    void aRetryWaitsForItsSlotAndKeepsItsId() {
        String id = outbox.enqueue("d", institutionId, null, "ref", "http://127.0.0.1:9/x", "{}");
        OutboxMessage claimed = outbox.claimDue(10, 5_000).getFirst();
        outbox.recordAttempt(claimed, new DeliveryAttempt(id, 1, now.get(), 500, DeliveryAttempt.Outcome.REJECTED, "busy"),
                OutboxStatus.PENDING, now.get() + 15_000);
        assertThat(outbox.claimDue(10, 5_000)).isEmpty();
        now.addAndGet(15_000);
        OutboxMessage again = outbox.claimDue(10, 5_000).getFirst();
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.attempts()).isEqualTo(1);
        assertThat(outbox.attempts(id)).extracting(DeliveryAttempt::httpStatus).containsExactly(500);
    }

    @Test
    void aFailedCallbackCanBeRequeuedButADeliveredOneCannot() {
        String failed = outbox.enqueue("d", institutionId, null, "a", "http://127.0.0.1:9/x", "{}");
        String delivered = outbox.enqueue("d", institutionId, null, "b", "http://127.0.0.1:9/x", "{}");
        for (OutboxMessage m : outbox.claimDue(10, 5_000)) {
            boolean ok = m.id().equals(delivered);
            outbox.recordAttempt(m, new DeliveryAttempt(m.id(), 1, now.get(), ok ? 200 : null,
                    ok ? DeliveryAttempt.Outcome.DELIVERED : DeliveryAttempt.Outcome.ERROR, null),
                    ok ? OutboxStatus.DELIVERED : OutboxStatus.FAILED, now.get());
        }
        assertThat(outbox.requeue(delivered)).isFalse();
        assertThat(outbox.requeue(failed)).isTrue();
        assertThat(outbox.claimDue(10, 5_000)).extracting(OutboxMessage::id).containsExactly(failed);
    }

    @Test
    void theSeedScheduleHasNineRetries() {
        RetrySchedule schedule = new RetrySchedule(RetrySchedule.SEED_004);
        assertThat(schedule.delayAfter(1)).contains(Duration.ofSeconds(15));
        assertThat(schedule.delayAfter(9)).contains(Duration.ofHours(6));
        assertThat(schedule.delayAfter(10)).isEmpty();
        assertThat(schedule.delayAfter(0)).isEmpty();
    }
}
