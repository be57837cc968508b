package io.payerid.server.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.support.GatewayTest;
import io.payerid.server.support.RawHttp;
import io.payerid.server.support.RawHttp.Answer;
import io.payerid.server.support.logguard.LogGuard;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The standing hostile suite: every endpoint the application maps (read from its handler mappings, so a new
 * endpoint is covered the day it is added) gets every variant of {@link HostileRequests}. Each answer must be
 * below 500, show no stack trace or exception class name, and, for the methods the endpoint is mapped to, have
 * its dialect's error shape; nothing may log a stack trace or a secret; health is UP afterwards.
 */
class HostileSuiteTest extends GatewayTest {

    /** Methods whose answers are the endpoint's own; HEAD/OPTIONS/TRACE are answered by the framework. */
    private static final Set<String> SHAPED_METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        // Its own database: hostile writes must not reach the one other gateway tests share.
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:hostile" + PORT + ";DB_CLOSE_DELAY=-1");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointWhenSentHostileVariantsThenCleanDialectErrors() {
        List<Endpoint> endpoints = EndpointCatalog.of(context);
        assertThat(endpoints).as("endpoints found in the handler mappings").hasSizeGreaterThan(40);
        Stream<DynamicTest> probes = endpoints.stream()
                .map(endpoint -> DynamicTest.dynamicTest(endpoint.toString(), () -> probe(endpoint)));
        return Stream.concat(probes, Stream.of(DynamicTest.dynamicTest("health is UP afterwards", () -> {
            System.out.printf("hostile suite: %d endpoints, %d requests, %d answers of 5xx%n", endpoints.size(),
                    SENT.get(), SERVER_ERRORS.get());
            Answer health = RawHttp.get(PORT, "/actuator/health", "probe");
            assertThat(health.status()).isEqualTo(200);
            assertThat(health.body()).contains("\"UP\"");
        })));
    }

    private void probe(Endpoint endpoint) {
        List<HostileRequest> requests = new ArrayList<>(HostileRequests.of(endpoint));
        assertThat(requests).as("variants for " + endpoint).hasSizeGreaterThanOrEqualTo(40);
        if (endpoint.dialect() == Dialect.CONSOLE) {
            // Anonymous requests stop at the session filter: send every variant again inside a platform admin's
            // live session (cookie and CSRF header), so the hostile values reach the console's handlers.
            String session = ConsoleHostileSession.mint(context);
            HostileRequests.of(endpoint).forEach(r -> requests.add(r.withHeaders(session, " (console session)")));
        }
        List<String> problems = new ArrayList<>();
        for (HostileRequest request : requests) {
            problemWith(endpoint, request).ifPresent(p -> problems.add(request + ": " + p));
        }
        List<String> traces = LogGuard.stackTracesLogged();
        LogGuard.assertNoSecretLogged();
        assertThat(problems).as(endpoint + " answered badly").isEmpty();
        assertThat(traces).as(endpoint + " made the gateway log stack traces").isEmpty();
    }

    private static Optional<String> problemWith(Endpoint endpoint, HostileRequest request) {
        Answer answer;
        try {
            answer = RawHttp.send(PORT, request.head(), request.body());
        } catch (UncheckedIOException e) {
            return Optional.of("no answer: " + e.getCause());
        }
        SENT.incrementAndGet();
        if (answer.status() >= 500) {
            SERVER_ERRORS.incrementAndGet();
            return Optional.of("HTTP " + answer.status() + " " + snippet(answer.body()));
        }
        if (Dialect.TRACE.matcher(answer.body()).find()) {
            return Optional.of("body shows a stack trace or exception name: " + snippet(answer.body()));
        }
        if (answeredByTheApplication(answer) && isOwnMethod(endpoint, request.method())) {
            return endpoint.dialect().shapeProblem(answer).map(p -> "HTTP " + answer.status() + ", " + p + ": " + snippet(answer.body()));
        }
        return Optional.empty();
    }

    private static boolean isOwnMethod(Endpoint endpoint, String method) {
        return SHAPED_METHODS.contains(method) && (endpoint.methods().isEmpty() || endpoint.methods().contains(method));
    }

    /**
     * Tomcat itself refuses what it cannot parse as HTTP (a 64 KB request line, a CR inside a header, a 100 KB
     * header) before any servlet runs: no dialect can shape those, and such answers carry no body of ours.
     */
    private static boolean answeredByTheApplication(Answer answer) {
        boolean tomcatRefusal = (answer.status() == 400 || answer.status() == 414 || answer.status() == 431
                || answer.status() == 413 || answer.status() == 505)
                && (answer.body().isEmpty() || answer.body().contains("HTTP Status"));
        return !tomcatRefusal;
    }

    private static String snippet(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
