package io.payerid.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageSliceTest {

    private final List<String> names = IntStream.range(0, 45).mapToObj(i -> "Shop" + i).toList();

    @Test
    void ofWhenPagingThenTwentyAPageAndANextFlag() {
        PageSlice<String> first = PageSlice.of(names, "", 0, Function.identity());
        PageSlice<String> last = PageSlice.of(names, "", 2, Function.identity());

        assertThat(first.items()).hasSize(20).startsWith("Shop0");
        assertThat(first.hasNext()).isTrue();
        assertThat(last.items()).containsExactly("Shop40", "Shop41", "Shop42", "Shop43", "Shop44");
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void ofWhenSearchingThenCaseInsensitiveSubstring() {
        assertThat(PageSlice.of(names, " shop4 ", 0, Function.identity()).items())
                .containsExactly("Shop4", "Shop40", "Shop41", "Shop42", "Shop43", "Shop44");
    }

    @Test
    void ofWhenPageOutOfRangeThenEmptyOrFirst() {
        assertThat(PageSlice.of(names, "", Integer.MAX_VALUE, Function.identity()).items()).isEmpty();
        assertThat(PageSlice.of(names, "", -5, Function.identity()).page()).isZero();
    }
}
