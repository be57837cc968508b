package io.payerid.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/**
 * A free TCP port for a test's server: any the system offers, or, with {@code -Dpayerid.test.port-range=LOW-HIGH},
 * one inside that range, so engineers sharing a machine can keep their test servers apart.
 */
public final class TestPorts {

    /** Ports handed out in this JVM: free when checked but not yet bound by their server, so never handed twice. */
    private static final java.util.Set<Integer> GIVEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private TestPorts() {
    }

    public static int free() {
        String range = System.getProperty("payerid.test.port-range", "");
        if (range.isBlank()) {
            return bind(0);
        }
        String[] bounds = range.split("-");
        int low = Integer.parseInt(bounds[0].trim());
        int high = Integer.parseInt(bounds[1].trim());
        // Start at a spread-out offset so two test JVMs in the same range rarely race for one port.
        int span = high - low + 1;
        int start = (int) (ProcessHandle.current().pid() % span);
        for (int i = 0; i < span; i++) {
            int port = low + (start + i) % span;
            if (GIVEN.contains(port)) {
                continue;
            }
            try (ServerSocket socket = new ServerSocket(port)) {
                GIVEN.add(port);
                return port;
            } catch (IOException taken) {
                // next one
            }
        }
        throw new IllegalStateException("no free port in payerid.test.port-range " + range);
    }

    private static int bind(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
