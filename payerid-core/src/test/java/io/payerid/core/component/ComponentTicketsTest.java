package io.payerid.core.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.payerid.core.error.ErrorCode;
import io.payerid.core.error.PayerIdException;
import io.payerid.core.store.InProcessSharedStateStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ComponentTicketsTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private final ComponentTickets tickets = new ComponentTickets(new InProcessSharedStateStore(),
            Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofHours(12));

    @Test
    void currentWhenNoTicketPushedThenComponentTicketMissing() {
        assertThatThrownBy(() -> tickets.current("wxcomponent"))
                .isInstanceOfSatisfying(PayerIdException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.COMPONENT_TICKET_MISSING));
    }

    @Test
    void currentWhenTicketWithinItsLifeThenItAndItsAge() {
        tickets.store("wxcomponent", "ticket@@@a b", NOW.minus(Duration.ofHours(11)));

        assertThat(tickets.current("wxcomponent")).isEqualTo("ticket@@@a b");
        assertThat(tickets.find("wxcomponent")).hasValueSatisfying(t -> {
            assertThat(t.receivedAt()).isEqualTo(NOW.minus(Duration.ofHours(11)));
            assertThat(t.toString()).doesNotContain("ticket@@@");
        });
        assertThat(tickets.find("wxother")).isEmpty();
    }

    @Test
    void currentWhenTicketOlderThanMaxAgeThenComponentTicketMissing() {
        tickets.store("wxcomponent", "ticket@@@old", NOW.minus(Duration.ofHours(12)).minusSeconds(1));

        assertThatThrownBy(() -> tickets.current("wxcomponent")).isInstanceOf(PayerIdException.class)
                .hasMessageContaining("COMPONENT_TICKET_MISSING").hasMessageNotContaining("ticket@@@");
    }
}
