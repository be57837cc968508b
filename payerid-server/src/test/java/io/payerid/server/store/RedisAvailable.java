package io.payerid.server.store;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.junit.jupiter.api.Assumptions;

/** Redis at 127.0.0.1:6379 is required in CI (CI=true fails without it); elsewhere its tests are skipped. */
public final class RedisAvailable {

    public static final String URL = System.getenv().getOrDefault("PAYERID_TEST_REDIS_URL", "redis://127.0.0.1:6379/0");

    private RedisAvailable() {
    }

    public static void require() {
        boolean up;
        java.net.URI uri = java.net.URI.create(URL);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 6379 : uri.getPort()), 1000);
            up = true;
        } catch (IOException e) {
            up = false;
        }
        if (!up && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Redis is not reachable at " + URL + " (CI needs it)");
        }
        Assumptions.assumeTrue(up, "Redis is not reachable at " + URL);
    }
}
