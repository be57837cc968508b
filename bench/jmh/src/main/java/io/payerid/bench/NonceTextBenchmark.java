package io.payerid.bench;

import io.payerid.core.crypto.RandomText;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 32-character nonce_str for WeChat Pay and the 条码前置 gateway: one {@code SecureRandom.nextInt} per character,
 * as the clients did, against {@link RandomText}'s one {@code nextBytes} per string. The default generator takes
 * a process-wide lock and reads the kernel's source on every call.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class NonceTextBenchmark {

    private static final char[] ALPHANUMERIC = RandomText.ALPHANUMERIC.toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final RandomText text = RandomText.over(RandomText.ALPHANUMERIC);

    @Benchmark
    public String nextIntPerCharacter() {
        char[] chars = new char[32];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = ALPHANUMERIC[random.nextInt(ALPHANUMERIC.length)];
        }
        return new String(chars);
    }

    @Benchmark
    public String oneDrawPerString() {
        return text.next(32);
    }
}
