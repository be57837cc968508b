package io.payerid.console.callback;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.console.port.CallbackHistory.Filter;
import io.payerid.console.port.CallbackHistory.Status;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CallbackFilterFormTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void filterWhenEveryFieldGivenThenTheWholeDaysOfTheRangeInTheZoneAndBlanksAreAny() {
        CallbackFilterForm form = new CallbackFilterForm(" failed ", "MCH1", "", "2026-12-01", "2026-12-02", " serial-1 ");

        assertThat(form.problem()).isEmpty();
        Filter filter = form.filter("m1", SHANGHAI);
        assertThat(filter.status()).isEqualTo(Status.FAILED);
        assertThat(filter.merchantId()).isEqualTo("m1");
        assertThat(filter.appId()).isNull();
        assertThat(filter.reference()).isEqualTo("serial-1");
        assertThat(Instant.ofEpochMilli(filter.createdFrom())).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(Instant.ofEpochMilli(filter.createdBefore())).isEqualTo(Instant.parse("2026-12-02T16:00:00Z"));
        assertThat(new CallbackFilterForm(null, null, null, null, null, null).filter(null, SHANGHAI))
                .isEqualTo(new Filter(null, null, null, null, null, null));
    }

    @Test
    void problemWhenAValueDoesNotParseThenItsMessageKey() {
        assertThat(form("LOST", "", "", "").problem()).contains("callbacks.filter.status");
        assertThat(form("", "2026-02-30", "", "").problem()).contains("callbacks.filter.date");
        assertThat(form("", "", "yesterday", "").problem()).contains("callbacks.filter.date");
        assertThat(form("", "2026-12-02", "2026-12-01", "").problem()).contains("callbacks.filter.range");
        assertThat(form("", "", "", "r".repeat(129)).problem()).contains("callbacks.filter.tooLong");
        assertThat(form("", "2026-12-01", "2026-12-01", "r".repeat(128)).problem()).isEmpty();
    }

    @Test
    void forMerchantWhenAnotherMerchantTypedThenReplacedAndTheRestKept() {
        CallbackFilterForm forced = form("PENDING", "", "", "ref").forMerchant("MCH_OWN");

        assertThat(forced.merchant()).isEqualTo("MCH_OWN");
        assertThat(forced.status()).isEqualTo("PENDING");
        assertThat(forced.reference()).isEqualTo("ref");
    }

    private static CallbackFilterForm form(String status, String from, String to, String reference) {
        return new CallbackFilterForm(status, "MCH_OTHER", "", from, to, reference);
    }
}
