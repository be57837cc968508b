package io.payerid.server.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.ThrowAwayDatabase;
import io.payerid.server.support.ThrowAwayDatabase.Engine;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The callback list's filters (the admin API's and the console's one query) on every supported database: V20's
 * app column, each filter alone and combined, the time range's bounds, and keyset pages under a filter.
 */
class CallbackOutboxFilterTest {

    private static final long T0 = Instant.parse("2026-11-22T10:00:00Z").toEpochMilli();

    private final AtomicLong now = new AtomicLong(T0);

    @ParameterizedTest
    @EnumSource(Engine.class)
    void recentWhenFilteredThenOnlyMatchingRowsNewestFirstAndPagedUnderTheFilter(Engine engine) throws Exception {
        try (ThrowAwayDatabase database = ThrowAwayDatabase.migrated(engine)) {
            JdbcClient jdbc = JdbcClient.create(database.dataSource());
            jdbc.sql("INSERT INTO institution (id, inst_no, name, sign_key_enc, created_at) VALUES ('inst1', 'I1', 'i', NULL, 0)")
                    .update();
            CallbackOutbox outbox = new CallbackOutbox(jdbc, ticking());
            List<String> a = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                a.add(outbox.enqueue("id-a-" + i, "d", "inst1", "mchA", "appA", "ref-a-" + i, "https://a.example/cb", "{}"));
            }
            String b = outbox.enqueue("id-b", "d", "inst1", "mchB", "appB", "ref-b", "https://b.example/cb", "{}");
            String none = outbox.enqueue("d", "inst1", null, "ref-none", "https://n.example/cb", "{}");
            jdbc.sql("UPDATE callback_outbox SET status = 'FAILED' WHERE id = ?").param(a.get(1)).update();

            assertThat(ids(outbox, filter(null, "mchA", null, null, null, null), 10))
                    .containsExactly(a.get(4), a.get(3), a.get(2), a.get(1), a.get(0));
            assertThat(ids(outbox, filter(null, null, "appB", null, null, null), 10)).containsExactly(b);
            assertThat(ids(outbox, filter(OutboxStatus.FAILED, "mchA", "appA", null, null, null), 10)).containsExactly(a.get(1));
            assertThat(ids(outbox, filter(null, null, null, null, null, "ref-a-3"), 10)).containsExactly(a.get(3));
            assertThat(ids(outbox, filter(null, "mchB", "appA", null, null, null), 10)).isEmpty();
            assertThat(outbox.find(none).orElseThrow().appId()).isNull();
            assertThat(outbox.find(b).orElseThrow().appId()).isEqualTo("appB");
            // created_at of a[i] is T0 + i seconds: from inclusive, before exclusive
            assertThat(ids(outbox, filter(null, null, null, T0 + 1000, T0 + 3000, null), 10))
                    .containsExactly(a.get(2), a.get(1));

            OutboxFilter ofA = filter(null, null, "appA", null, null, null);
            List<OutboxMessage> first = outbox.recent(ofA, 2, null);
            List<OutboxMessage> second = outbox.recent(ofA, 2, OutboxPosition.of(first.getLast()));
            List<OutboxMessage> third = outbox.recent(ofA, 2, OutboxPosition.of(second.getLast()));
            assertThat(first).extracting(OutboxMessage::id).containsExactly(a.get(4), a.get(3));
            assertThat(second).extracting(OutboxMessage::id).containsExactly(a.get(2), a.get(1));
            assertThat(third).extracting(OutboxMessage::id).containsExactly(a.get(0));
        }
    }

    private Clock ticking() {
        // each read of the clock is one second later: every row has its own created_at
        return new Clock() {
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
                return Instant.ofEpochMilli(now.getAndAdd(1000));
            }
        };
    }

    private static OutboxFilter filter(OutboxStatus status, String merchantId, String appId, Long from, Long before,
                                       String reference) {
        return new OutboxFilter(status, merchantId, appId, from, before, reference);
    }

    private static List<String> ids(CallbackOutbox outbox, OutboxFilter filter, int limit) {
        return outbox.recent(filter, limit, null).stream().map(OutboxMessage::id).toList();
    }
}
