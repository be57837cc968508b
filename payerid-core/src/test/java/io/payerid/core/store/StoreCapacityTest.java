package io.payerid.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreCapacityTest {

    private static final long MB = 1024 * 1024;

    @Test
    void usedKeysForHeapWhenDocumentedHeapThenWhatFortyPercentHolds() {
        long keys = StoreCapacity.usedKeysForHeap(112 * MB);

        assertThat(keys).isBetween(4_200_000L, 4_300_000L);
        assertThat(keys * StoreCapacity.BYTES_PER_USED_KEY).isLessThan(0.41 * 112 * MB);
    }

    @Test
    void usedKeysForHeapWhenLargeHeapThenCappedAtTheDefault() {
        assertThat(StoreCapacity.usedKeysForHeap(4096 * MB)).isEqualTo(StoreCapacity.DEFAULT_USED_KEYS);
    }

    @Test
    void usedKeysForHeapWhenTinyHeapThenStillAUsableFloor() {
        assertThat(StoreCapacity.usedKeysForHeap(MB)).isEqualTo(100_000L);
    }
}
