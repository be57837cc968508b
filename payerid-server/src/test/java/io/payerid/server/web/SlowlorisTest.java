package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7 item 11: a client dribbling its request head (a header byte every second, which resets Tomcat's
 * per-read timeout each time) is cut off once {@code payerid.http.header-deadline} has passed; a client
 * that sends its head promptly is served as usual.
 */
@TestPropertySource(properties = "payerid.http.header-deadline=3s")
class SlowlorisTest extends GatewayTest {

    private static final Duration DEADLINE = Duration.ofSeconds(3);

    @Test
    void requestHeadWhenOneByteArrivesPerSecondThenConnectionClosedWithinTheDeadline() throws Exception {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(1_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            long started = System.nanoTime();
            out.write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            boolean closed = false;
            for (int i = 0; i < 8 && !closed; i++) {
                closed = !sendByte(out, (byte) 'X') || closedByPeer(in);
            }
            Duration held = Duration.ofNanos(System.nanoTime() - started);
            assertThat(closed).as("connection still open after %s", held).isTrue();
            assertThat(held).isGreaterThanOrEqualTo(DEADLINE.minusMillis(500)).isLessThan(DEADLINE.plusSeconds(3));
        }
    }

    @Test
    void requestHeadWhenSentPromptlyThenServed() throws Exception {
        try (Socket socket = new Socket("localhost", PORT)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("GET /actuator/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
    }

    private static boolean sendByte(OutputStream out, byte b) {
        try {
            out.write(b);
            out.flush();
            return true;
        } catch (IOException e) {
            return false; // reset by the server
        }
    }

    /** Waits up to the socket timeout (1 s) for the server to close; any bytes it sends first are drained. */
    private static boolean closedByPeer(InputStream in) {
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (java.net.SocketTimeoutException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
