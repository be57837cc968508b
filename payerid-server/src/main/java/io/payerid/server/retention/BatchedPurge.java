package io.payerid.server.retention;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Purges in small batches: pick at most {@code batchSize} ids, change or delete exactly those (each batch
 * its own short statement, no long transaction), and go on until a batch comes back short. Every
 * statement re-checks its condition, so two nodes running the same purge at once only waste a little work.
 */
final class BatchedPurge {

    /** A run stops after this many batches (the next run goes on), so one run cannot hog the database. */
    static final int MAX_BATCHES_PER_RUN = 1_000;

    private BatchedPurge() {
    }

    /**
     * @param pick  the next ids, at most the batch size
     * @param apply changes or deletes those ids and returns how many rows it affected
     * @return rows affected in all
     */
    static long run(int batchSize, IntFunction<List<String>> pick, Function<List<String>, Integer> apply) {
        long affected = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            List<String> ids = pick.apply(batchSize);
            if (!ids.isEmpty()) {
                affected += apply.apply(ids);
            }
            if (ids.size() < batchSize) {
                break;
            }
        }
        return affected;
    }
}
