package io.payerid.core.flow;

/** Reaches the package-private flow id generator for {@code io.payerid.bench.EntryStepsBenchmark}. */
public final class FlowIdBench {

    private FlowIdBench() {
    }

    public static String next() {
        return FlowIds.next();
    }
}
