package io.payerid.server.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of HTTP-level tests: the whole gateway on a real port with embedded defaults (sandbox mounted,
 * demo tenant seeded) and an in-memory H2. The port is fixed before start because the gateway's
 * public URL, and the upstream hosts derived from it, must be known when beans are built.
 * Each test class gets its own context, closed after it, so classes with extra properties never
 * compete for the port; the database and data directory (master key) outlive contexts together.
 * {@link StatementCounter} counts the SQL the gateway runs while serving requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@Import(StatementCounter.Wiring.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class GatewayTest {

    protected static final int PORT = freePort();
    protected static final String BASE = "http://localhost:" + PORT;
    private static final String DATA_DIR = tempDir();

    @DynamicPropertySource
    static void gatewayProperties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("payerid.public-base-url", () -> BASE);
        registry.add("payerid.data-dir", () -> DATA_DIR);
        registry.add("payerid.operator-token", () -> "test-operator-token");
        // Console password hashes at a test cost: the production count (600,000) is a second per hash here.
        registry.add("payerid.console.password-iterations", () -> 1000);
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:gw" + PORT + ";DB_CLOSE_DELAY=-1");
    }

    private static int freePort() {
        return TestPorts.free();
    }

    private static String tempDir() {
        try {
            return Files.createTempDirectory("payerid-test").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
