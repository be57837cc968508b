package io.payerid.server.requestid;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.MDC;

/**
 * Request ids: a random per-process prefix and a counter, e.g. {@code r7kq2m-1f3a}. Unique across nodes
 * in practice (30 random bits per start) and cheap on the hot path: one atomic increment and a short
 * string, no SecureRandom (UUID.randomUUID takes a lock per call). Not secret and not a capability: it only
 * finds log lines.
 */
public final class RequestIds {

    /** The MDC key of the current request's id; JSON logs carry it as a field of that name. */
    public static final String MDC_KEY = "requestId";
    /** The request attribute holding the id, so the error dispatch reuses the id of the request that failed. */
    static final String ATTRIBUTE = RequestIds.class.getName();

    private static final String PREFIX = Long.toString(ThreadLocalRandom.current().nextLong(1L << 30, 1L << 31), 36) + "-";
    private static final AtomicLong COUNTER = new AtomicLong();

    private RequestIds() {
    }

    static String next() {
        return PREFIX + Long.toString(COUNTER.incrementAndGet(), 36);
    }

    /** The id of the request this thread is serving, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
