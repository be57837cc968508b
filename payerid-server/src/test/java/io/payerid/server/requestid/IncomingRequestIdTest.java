package io.payerid.server.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncomingRequestIdTest {

    @Test
    void acceptableWhenUuidTraceOrNginxIdThenAdopted() {
        assertThat(IncomingRequestId.acceptable("3f2b8c1e-9d4a-4e7b-8a6f-1c2d3e4f5a6b")).isTrue();
        assertThat(IncomingRequestId.acceptable("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")).isTrue();
        assertThat(IncomingRequestId.acceptable("edge:7.f_3")).isTrue();
    }

    @Test
    void acceptableWhenEmptyTooLongOrUnsafeThenRefused() {
        assertThat(IncomingRequestId.acceptable(null)).isFalse();
        assertThat(IncomingRequestId.acceptable("")).isFalse();
        assertThat(IncomingRequestId.acceptable("a".repeat(IncomingRequestId.MAX_LENGTH + 1))).isFalse();
        for (String unsafe : new String[] {"a\nb", "a\rb", "a\"b", "a b", "a\\b", "a{b", "a<b", "请求", "a\u0000b"}) {
            assertThat(IncomingRequestId.acceptable(unsafe)).as(unsafe).isFalse();
        }
    }

    @Test
    void nextWhenCalledTwiceThenDistinctIdsWithOneNodePrefix() {
        String first = RequestIds.next();
        String second = RequestIds.next();
        assertThat(first).isNotEqualTo(second).matches("[0-9a-z]+-[0-9a-z]+");
        assertThat(first.substring(0, first.indexOf('-'))).isEqualTo(second.substring(0, second.indexOf('-')));
        assertThat(IncomingRequestId.acceptable(first)).isTrue();
    }
}
