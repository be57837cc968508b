package io.payerid.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BuiltOnFirstUseTest {

    @Test
    void getWhenNeverCalledThenNothingIsBuilt() {
        AtomicInteger builds = new AtomicInteger();
        BuiltOnFirstUse<Object> lazy = new BuiltOnFirstUse<>(() -> builds.incrementAndGet());
        assertThat(lazy.ifBuilt()).isEmpty();
        assertThat(builds).hasValue(0);
    }

    @Test
    void getWhenManyThreadsAskAtOnceThenOneBuildSharedByAll() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        BuiltOnFirstUse<Object> lazy = new BuiltOnFirstUse<>(() -> {
            builds.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> answers = new ArrayList<>();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 64; i++) {
                answers.add(executor.submit(() -> {
                    start.await();
                    return lazy.get();
                }));
            }
            start.countDown();
            Object first = answers.get(0).get();
            for (Future<Object> answer : answers) {
                assertThat(answer.get()).isSameAs(first);
            }
            assertThat(lazy.ifBuilt()).containsSame(first);
        }
        assertThat(builds).hasValue(1);
    }

    @Test
    void getWhenTheBuilderFailsThenTheNextCallerTriesAgain() {
        AtomicInteger calls = new AtomicInteger();
        BuiltOnFirstUse<String> lazy = new BuiltOnFirstUse<>(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("upstream settings not ready");
            }
            return "client";
        });
        assertThatThrownBy(lazy::get).isInstanceOf(IllegalStateException.class);
        assertThat(lazy.ifBuilt()).isEmpty();
        assertThat(lazy.get()).isEqualTo("client");
    }
}
