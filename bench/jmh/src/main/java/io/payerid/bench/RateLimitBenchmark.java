package io.payerid.bench;

import io.payerid.core.ratelimit.InProcessRateLimiter;
import io.payerid.core.ratelimit.RateDecision;
import io.payerid.core.ratelimit.RateLimit;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One in-process rate-limit check, as every request pays it: a hot key (one merchant app) and keys spread over
 * many client addresses (one Caffeine lookup of a mostly cold bucket). The limit is high enough never to refuse.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RateLimitBenchmark {

    private static final RateLimit GENEROUS = new RateLimit(1_000_000_000L, Duration.ofSeconds(1));
    private static final int ADDRESSES = 50_000;

    private InProcessRateLimiter limiter;
    private String[] addresses;
    private int next;

    @Setup
    public void setUp() {
        limiter = new InProcessRateLimiter(100_000);
        addresses = new String[ADDRESSES];
        for (int i = 0; i < ADDRESSES; i++) {
            addresses[i] = "ip:10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
        }
    }

    @Benchmark
    public RateDecision oneAppKey() {
        return limiter.tryConsume("app:app_demo", GENEROUS);
    }

    @Benchmark
    public RateDecision manyClientAddresses() {
        next = next + 1 == ADDRESSES ? 0 : next + 1;
        return limiter.tryConsume(addresses[next], GENEROUS);
    }
}
