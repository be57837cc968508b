package io.payerid.console.tenant;

import io.payerid.console.port.ChannelProbes;
import io.payerid.console.port.ProbeAnswer;
import io.payerid.console.port.ProbeOutcome;
import io.payerid.core.error.RedactedFailure;
import io.payerid.core.tenant.ChannelConfig;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a channel test under {@code payerid.console.channel-test-timeout}. The upstream clients have their own read
 * timeouts (8 s by default, longer than an operator should stare at a page, and the Alipay SDK's are per read), so
 * the bound is put around the call itself: the probe runs on its own virtual thread, the page waits at most the
 * timeout and then interrupts it, which ends a blocked socket read on a virtual thread.
 */
public class ChannelTestDeadline {

    /** Long enough for any sane upstream, short enough that a page is never held for minutes. */
    static final Duration MAX = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(ChannelTestDeadline.class);

    private final ChannelProbes probes;
    private final Duration timeout;

    /** @throws IllegalArgumentException unless 0 < timeout <= 60 s, so a typo fails the start, not the page */
    public ChannelTestDeadline(ChannelProbes probes, Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX) > 0) {
            throw new IllegalArgumentException("payerid.console.channel-test-timeout must be more than 0 and at most "
                    + MAX.toSeconds() + "s, got " + timeout);
        }
        this.probes = probes;
        this.timeout = timeout;
    }

    public Duration timeout() {
        return timeout;
    }

    ChannelTestResult run(ChannelConfig saved) {
        long start = System.nanoTime();
        CompletableFuture<ProbeAnswer> call = new CompletableFuture<>();
        Thread worker = Thread.ofVirtual().name("channel-test-" + saved.kind()).start(() -> complete(call, saved));
        ProbeAnswer answer;
        try {
            answer = call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            answer = new ProbeAnswer(ProbeOutcome.TIMEOUT, "no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            answer = new ProbeAnswer(ProbeOutcome.TIMEOUT, "the test was interrupted");
        } catch (ExecutionException e) {
            // The port answers every upstream failure itself; anything thrown is a bug, kept out of the page.
            log.error("channel test failed unexpectedly", RedactedFailure.of(e.getCause()));
            answer = new ProbeAnswer(ProbeOutcome.GARBLED, null);
        }
        long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new ChannelTestResult(saved.kind(), answer.outcome(), answer.detail(), elapsed);
    }

    private void complete(CompletableFuture<ProbeAnswer> call, ChannelConfig saved) {
        try {
            call.complete(probes.probe(saved));
        } catch (RuntimeException | Error e) {
            call.completeExceptionally(e);
        }
    }
}
