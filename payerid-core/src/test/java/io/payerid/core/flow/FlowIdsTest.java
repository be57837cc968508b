package io.payerid.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FlowIdsTest {

    @Test
    void nextWhenCalledThenTwentyTwoAlphanumericsAndNoRepeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = FlowIds.next();
            assertThat(id).matches("[A-Za-z0-9]{22}");
            assertThat(seen.add(id)).isTrue();
        }
    }
}
