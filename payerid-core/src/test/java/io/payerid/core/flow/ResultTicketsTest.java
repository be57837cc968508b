package io.payerid.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.benmanes.caffeine.cache.Ticker;
import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.InProcessSharedStateStore;
import io.payerid.core.tenant.ChannelKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResultTicketsTest {

    private static final PayerIdentity ALICE = new PayerIdentity(ChannelKind.WECHAT_OA, "wx1", "oAlice", "uAlice", null, false,
            new PayerProfile("爱丽丝", 2, "广东", "深圳", "中国", "https://img.example/a.png", "zh_CN"));

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final InProcessSharedStateStore store = new InProcessSharedStateStore(1000, ticker);
    private final ResultTickets tickets = new ResultTickets(store);

    private static void assertInvalid(Runnable redeem) {
        assertThatThrownBy(redeem::run).isInstanceOfSatisfying(PayerIdException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TICKET_INVALID));
    }

    @Test
    void redeemWhenFreshThenTheIdentityAndStateOnceOnly() {
        String ticket = tickets.issue("app_1", ALICE, "order 42/中文");
        assertThat(ticket).matches("[A-Za-z0-9_-]{43}");
        ResultTickets.Redeemed redeemed = tickets.redeem("app_1", ticket);
        assertThat(redeemed.identity()).isEqualTo(ALICE);
        assertThat(redeemed.merchantState()).isEqualTo("order 42/中文");
        assertInvalid(() -> tickets.redeem("app_1", ticket));
    }

    @Test
    void redeemWhenNoStateThenNull() {
        assertThat(tickets.redeem("app_1", tickets.issue("app_1", ALICE, null)).merchantState()).isNull();
    }

    @Test
    void redeemWhenOlderThanSixtySecondsThenInvalid() {
        String ticket = tickets.issue("app_1", ALICE, null);
        nanos.addAndGet(Duration.ofSeconds(61).toNanos());
        assertInvalid(() -> tickets.redeem("app_1", ticket));
        assertThat(ResultTickets.TTL).isLessThanOrEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void redeemWhenAnotherAppTriesThenRefusedWithoutUsingTheTicketUp() {
        String ticket = tickets.issue("app_1", ALICE, null);
        assertInvalid(() -> tickets.redeem("app_2", ticket));
        assertThat(tickets.redeem("app_1", ticket).identity().openId()).isEqualTo("oAlice");
    }

    @Test
    void redeemWhenMalformedOrUnknownThenInvalid() {
        assertInvalid(() -> tickets.redeem("app_1", null));
        assertInvalid(() -> tickets.redeem("app_1", "short"));
        assertInvalid(() -> tickets.redeem("app_1", "A".repeat(43)));
    }

    @Test
    void redeemWhenEightCallersRaceThenExactlyOneGetsTheIdentity() {
        String ticket = tickets.issue("app_1", ALICE, null);
        List<CompletableFuture<Boolean>> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    tickets.redeem("app_1", ticket);
                    return true;
                } catch (PayerIdException e) {
                    return false;
                }
            }));
        }
        assertThat(racers.stream().filter(CompletableFuture::join).count()).isEqualTo(1);
    }

    @Test
    void issueWhenStoredThenTheStoreKeyIsTheHashNotTheTicket() {
        String ticket = tickets.issue("app_1", ALICE, null);
        assertThat(store.get(ResultTickets.PREFIX + ticket)).isEmpty();
    }
}
