package io.payerid.server.support;

import io.payerid.server.PayerIdApplication;
import io.payerid.server.config.EmbeddedSecrets;
import io.payerid.server.store.RedisAvailable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Gateway nodes as a multi-node deployment runs them: the same master key, data directory (platform key) and
 * database, and one Redis under a key prefix of their own. Each test adds what its nodes differ in.
 */
public final class RedisGatewayNodes {

    private final Path dataDir;
    private final String masterKey = EmbeddedSecrets.randomBase64(32);
    private final String keyPrefix = "payerid-test:" + UUID.randomUUID() + ":";
    private final String database;

    /** @param name names the shared in-memory database and temporary directory */
    public RedisGatewayNodes(String name) {
        RedisAvailable.require();
        try {
            this.dataDir = Files.createTempDirectory("payerid-" + name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.database = "jdbc:h2:mem:" + name + keyPrefix.hashCode() + ";DB_CLOSE_DELAY=-1";
    }

    /** What every node of the deployment shares, for a node on {@code port}; add the node's own settings. */
    public Map<String, Object> properties(int port) {
        Map<String, Object> p = new HashMap<>();
        p.put("server.port", port);
        p.put("payerid.public-base-url", "http://localhost:" + port);
        p.put("payerid.data-dir", dataDir.toString());
        p.put("payerid.master-key", masterKey);
        p.put("payerid.operator-token", "multi-node-token");
        p.put("spring.datasource.url", database);
        p.put("payerid.store.type", "redis");
        p.put("payerid.store.redis-url", RedisAvailable.URL);
        p.put("payerid.store.key-prefix", keyPrefix);
        return p;
    }

    public String keyPrefix() {
        return keyPrefix;
    }

    /** Starts a node; as arguments, not builder defaults, because application.yml would override defaults. */
    public static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(PayerIdApplication.class)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
