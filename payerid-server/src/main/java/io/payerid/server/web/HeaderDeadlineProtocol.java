package io.payerid.server.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.coyote.AbstractProcessor;
import org.apache.coyote.Constants;
import org.apache.coyote.Request;
import org.apache.coyote.http11.Http11NioProtocol;
import org.apache.tomcat.util.net.NioChannel;
import org.apache.tomcat.util.net.SocketEvent;
import org.apache.tomcat.util.net.SocketWrapperBase;

/**
 * Tomcat's NIO HTTP/1.1 connector with a deadline for the whole request head. Tomcat's own
 * {@code connectionTimeout} restarts with every byte read, so a slowloris client dribbling a header byte
 * a second holds a connection forever; this closes any connection still reading its request line and
 * headers {@code headerDeadlineMillis} after the request's first byte, checked ten times per deadline. Bodies are read on (cheap) virtual threads under {@code connectionTimeout} per read.
 */
public class HeaderDeadlineProtocol extends Http11NioProtocol {

    private static final int CHECKS_PER_DEADLINE = 10;

    private volatile long headerDeadlineNanos = TimeUnit.SECONDS.toNanos(10);
    private int responseBufferSize = -1;
    private ScheduledExecutorService reaper;

    /** Settable as a connector property ({@code headerDeadlineMillis}); 0 or less turns the deadline off. */
    public void setHeaderDeadlineMillis(long millis) {
        this.headerDeadlineNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    }

    public long getHeaderDeadlineMillis() {
        return TimeUnit.NANOSECONDS.toMillis(headerDeadlineNanos);
    }

    /**
     * The size of each response's servlet output buffer (bytes, and as many chars for its writer): Tomcat asks
     * this when it builds a processor's response, and its own value (-1) means 8 KB of each. Every in-flight
     * request holds one, so on a gateway whose answers are redirects and short JSON this is most of what a
     * request waiting on a slow upstream costs in heap. A larger answer is sent chunked; the size is not a limit.
     */
    public void setResponseBufferSize(int bytes) {
        this.responseBufferSize = bytes;
    }

    @Override
    public int getDesiredBufferSize() {
        return responseBufferSize;
    }

    @Override
    public void start() throws Exception {
        super.start();
        if (headerDeadlineNanos > 0) {
            long period = Math.max(1, TimeUnit.NANOSECONDS.toMillis(headerDeadlineNanos) / CHECKS_PER_DEADLINE);
            reaper = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("header-deadline")
                    .factory());
            reaper.scheduleWithFixedDelay(this::closeOverdueHeads, period, period, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() throws Exception {
        if (reaper != null) {
            reaper.shutdownNow();
        }
        super.stop();
    }

    private void closeOverdueHeads() {
        long now = System.nanoTime();
        for (SocketWrapperBase<NioChannel> socket : getEndpoint().getConnections()) {
            if (socket.getCurrentProcessor() instanceof AbstractProcessor processor
                    && overdue(processor.getRequest(), now)) {
                // As Tomcat's poller does on a read timeout: an ERROR event closes the connection.
                if (!getEndpoint().processSocket(socket, SocketEvent.ERROR, true)) {
                    socket.close();
                }
            }
        }
    }

    /**
     * Started (its first byte read: the start time is reset when the processor is recycled) and not yet
     * handed to the application. The stage alone cannot tell: while the NIO connector waits for more of
     * a head, it still shows the previous request's ENDED.
     */
    private boolean overdue(Request request, long now) {
        long started = request.getStartTimeNanos();
        int stage = request.getRequestProcessor().getStage();
        boolean inApplication = stage >= Constants.STAGE_PREPARE && stage <= Constants.STAGE_ENDOUTPUT;
        return started > 0 && !inApplication && now - started > headerDeadlineNanos;
    }
}
