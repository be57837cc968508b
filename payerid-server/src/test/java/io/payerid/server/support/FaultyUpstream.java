package io.payerid.server.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A test-local upstream host that fails the way real networks do, on demand: resets the connection, answers
 * bytes that are not HTTP, a proxy's 502, a 200 whose body is not the API's format, or nothing at all. The
 * gateway's upstream hosts are configuration, so a test points one of them here and flips the mode.
 */
public final class FaultyUpstream implements AutoCloseable {

    public enum Mode {
        /** Accepts, then closes with an RST (SO_LINGER 0) before answering. */
        RESET,
        /** Answers random bytes that are not HTTP, then closes. */
        GARBAGE,
        /** Answers what a reverse proxy does when the host behind it is down. */
        BAD_GATEWAY_502,
        /** Answers 200 with an HTML body where the API's JSON or XML should be. */
        NOT_THE_API_FORMAT,
        /** Reads the request and never answers (the caller's read timeout must end it). */
        SILENT
    }

    private final ServerSocket server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private volatile Mode mode = Mode.RESET;

    public FaultyUpstream() {
        try {
            server = new ServerSocket(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.submit(this::acceptLoop);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                threads.submit(() -> answer(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void answer(Socket socket) {
        try (socket) {
            Mode now = mode;
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            readHead(in);
            switch (now) {
                case RESET -> socket.setSoLinger(true, 0);
                case GARBAGE -> {
                    byte[] noise = new byte[512];
                    new Random().nextBytes(noise);
                    out.write(noise);
                }
                case BAD_GATEWAY_502 -> out.write(http(502, "Bad Gateway", "text/html",
                        "<html><body><h1>502 Bad Gateway</h1></body></html>"));
                case NOT_THE_API_FORMAT -> out.write(http(200, "OK", "text/html", "<html><body>maintenance</body></html>"));
                case SILENT -> in.readAllBytes();
            }
        } catch (IOException | RuntimeException ignored) {
            // The caller gave up (timeout) or the socket was reset on purpose.
        }
    }

    private static void readHead(InputStream in) throws IOException {
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            matched = (b == "\r\n\r\n".charAt(matched)) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    private static byte[] http(int status, String reason, String type, String body) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return ("HTTP/1.1 " + status + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: "
                + content.length + "\r\nConnection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        threads.shutdownNow();
    }
}
