package io.payerid.core.store;

/**
 * An open-addressing (linear probing) set of non-zero 64-bit fingerprints in one {@code long[]}: 8 bytes a
 * slot, grown by half when 80% full, so 10 to 15 bytes a fingerprint. Zero marks an empty slot.
 * Not thread-safe; {@link TimeBucketedFingerprintSet} guards it.
 */
final class FingerprintTable {

    static final double MAX_LOAD = 0.8;

    private long[] slots;
    private int count;

    FingerprintTable(int expectedEntries) {
        this.slots = new long[Math.max(1024, (int) Math.min(Integer.MAX_VALUE - 8, (long) (expectedEntries / MAX_LOAD) + 1))];
    }

    boolean contains(long fingerprint) {
        int i = home(fingerprint, slots.length);
        while (slots[i] != 0) {
            if (slots[i] == fingerprint) {
                return true;
            }
            i = i + 1 == slots.length ? 0 : i + 1;
        }
        return false;
    }

    /** Adds a fingerprint the caller checked is absent. */
    void add(long fingerprint) {
        if (count + 1 > slots.length * MAX_LOAD) {
            grow();
        }
        insert(slots, fingerprint);
        count++;
    }

    int count() {
        return count;
    }

    long bytes() {
        return (long) slots.length * Long.BYTES;
    }

    private void grow() {
        long[] larger = new long[(int) Math.min(Integer.MAX_VALUE - 8, slots.length + (long) slots.length / 2)];
        for (long fingerprint : slots) {
            if (fingerprint != 0) {
                insert(larger, fingerprint);
            }
        }
        slots = larger;
    }

    private static void insert(long[] table, long fingerprint) {
        int i = home(fingerprint, table.length);
        while (table[i] != 0) {
            i = i + 1 == table.length ? 0 : i + 1;
        }
        table[i] = fingerprint;
    }

    /** Maps the (uniform) fingerprint onto [0, length) without a power-of-two size (Lemire's reduction). */
    private static int home(long fingerprint, int length) {
        return (int) Math.unsignedMultiplyHigh(fingerprint, length);
    }
}
