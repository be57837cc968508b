package io.payerid.bench;

import java.security.DrbgParameters;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The redirect entry draws random bytes three times (flow id, browser key, the seal's IV). The JDK's default
 * {@code new SecureRandom()} on Linux is NativePRNG: every call reads /dev/urandom under one process-wide lock
 * and mixes the bytes with a SHA1PRNG. DRBG (NIST SP 800-90A Hash_DRBG, SHA-256, seeded from the same system
 * entropy) stays in Java. One thread and two (the machine's cores), 32 bytes a call as the browser key draws.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RandomSourceBenchmark {

    private SecureRandom nativePrng;
    private SecureRandom drbg;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        nativePrng = new SecureRandom();
        drbg = SecureRandom.getInstance("DRBG", DrbgParameters.instantiation(256, DrbgParameters.Capability.NONE, null));
    }

    @Benchmark
    public byte[] nativePrng() {
        byte[] out = new byte[32];
        nativePrng.nextBytes(out);
        return out;
    }

    @Benchmark
    public byte[] drbg() {
        byte[] out = new byte[32];
        drbg.nextBytes(out);
        return out;
    }

    @Benchmark
    @Threads(2)
    public byte[] nativePrngTwoThreads() {
        return nativePrng();
    }

    @Benchmark
    @Threads(2)
    public byte[] drbgTwoThreads() {
        return drbg();
    }
}
