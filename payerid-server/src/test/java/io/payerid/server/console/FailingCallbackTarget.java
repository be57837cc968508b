package io.payerid.server.console;

import com.sun.net.httpserver.HttpServer;
import io.payerid.server.support.TestPorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A merchant's callback endpoint on loopback that is down (500) until {@link #recover()}, then acknowledges every
 * callback as seed 004's receivers do (200 {@code SUCCESS}).
 */
final class FailingCallbackTarget implements AutoCloseable {

    private final HttpServer server;
    private final AtomicBoolean up = new AtomicBoolean();
    private final AtomicInteger received = new AtomicInteger();

    FailingCallbackTarget() {
        try {
            // a port of the test range, never one handed to a gateway under test (an ephemeral one could be)
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", TestPorts.free()), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.incrementAndGet();
            byte[] answer = (up.get() ? "SUCCESS" : "down for maintenance").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(up.get() ? 200 : 500, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void recover() {
        up.set(true);
    }

    int received() {
        return received.get();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
