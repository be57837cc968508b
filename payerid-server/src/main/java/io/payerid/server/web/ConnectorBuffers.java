package io.payerid.server.web;

import org.apache.catalina.connector.Connector;
import org.springframework.util.unit.DataSize;

/**
 * The buffers every in-flight request holds on a Tomcat connector, sized for a gateway whose answers are
 * redirects and short JSON. Tomcat allocates them per connection or per request processor, in full, up front,
 * so a payer whose callback waits on a slow upstream holds all of them for that wait; at Tomcat's sizes they
 * were most of what such a wait cost in heap (issue 8 item 4, README "Many slow upstreams"):
 * <ul>
 *   <li>{@code responseBytes}: the servlet output buffer (bytes, and as many chars for its writer); a larger
 *       answer is sent chunked, the size is not a limit;</li>
 *   <li>{@code socketBytes}: the connection's socket read and write buffers (a larger read or write bypasses
 *       them); the request head's own buffer adds these to {@code server.max-http-request-header-size};</li>
 *   <li>{@code trailerBytes}: the most a chunked request body's trailer section may hold (Tomcat: 8 KB, and
 *       allocated for every request although no caller of this gateway sends trailers).</li>
 * </ul>
 * Applied to the gateway's connector and to the sandbox's own one, so a simulated upstream costs what a lean
 * real one would.
 */
public record ConnectorBuffers(int responseBytes, int socketBytes, int trailerBytes) {

    private static final int MIN_BYTES = 1024;
    private static final int MAX_BYTES = 1024 * 1024;

    public ConnectorBuffers {
        requireSane("payerid.http.response-buffer-size", responseBytes);
        requireSane("payerid.http.socket-buffer-size", socketBytes);
        requireSane("payerid.http.max-trailer-size", trailerBytes);
    }

    public static ConnectorBuffers of(DataSize response, DataSize socket, DataSize trailer) {
        return new ConnectorBuffers(bytes(response), bytes(socket), bytes(trailer));
    }

    /** Sizes {@code connector}'s buffers; its protocol must be {@link HeaderDeadlineProtocol} for the response buffer. */
    public void applyTo(Connector connector) {
        if (connector.getProtocolHandler() instanceof HeaderDeadlineProtocol protocol) {
            protocol.setResponseBufferSize(responseBytes);
        }
        String socket = Integer.toString(socketBytes);
        connector.setProperty("socket.appReadBufSize", socket);
        connector.setProperty("socket.appWriteBufSize", socket);
        connector.setProperty("maxTrailerSize", Integer.toString(trailerBytes));
    }

    /** 1 KB to 1 MB: smaller would split every answer into many writes, larger only wastes heap per request. */
    private static void requireSane(String property, int bytes) {
        if (bytes < MIN_BYTES || bytes > MAX_BYTES) {
            throw new IllegalArgumentException(property + " must be between 1KB and 1MB, got " + bytes + " bytes");
        }
    }

    private static int bytes(DataSize size) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, size.toBytes()));
    }
}
