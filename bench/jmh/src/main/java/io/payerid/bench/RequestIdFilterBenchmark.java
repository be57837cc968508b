package io.payerid.bench;

import io.payerid.server.requestid.RequestIdFilter;
import jakarta.servlet.FilterChain;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * What the request-id filter adds to every request (GET /v1/oauth/authorize is the hot path): the same mock
 * request and response through a no-op chain, without the filter, with it (new id), and with an incoming
 * X-Request-Id. Run with {@code -prof gc} for bytes/op (gc.alloc.rate.norm), which the machine's load does
 * not change; the difference between the rows is the filter's cost.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RequestIdFilterBenchmark {

    /** The request attribute that marks an id already given (RequestIds' class name). */
    private static final String ASSIGNED = "io.payerid.server.requestid.RequestIds";

    private final RequestIdFilter filter = new RequestIdFilter();
    private final FilterChain chain = (request, response) -> { };
    private MockHttpServletRequest plain;
    private MockHttpServletRequest tagged;
    private MockHttpServletResponse response;

    @Setup
    public void setUp() {
        plain = new MockHttpServletRequest("GET", "/v1/oauth/authorize");
        tagged = new MockHttpServletRequest("GET", "/v1/oauth/authorize");
        tagged.addHeader(RequestIdFilter.HEADER, "3f2b8c1e-9d4a-4e7b-8a6f-1c2d3e4f5a6b");
        response = new MockHttpServletResponse();
    }

    @Benchmark
    public MockHttpServletResponse withoutFilter() throws Exception {
        plain.removeAttribute(ASSIGNED);
        chain.doFilter(plain, response);
        return response;
    }

    /** What the mocks themselves cost for the filter's one header and one attribute (Tomcat's own are cheaper). */
    @Benchmark
    public MockHttpServletResponse mockHeaderAndAttributeOnly() throws Exception {
        plain.removeAttribute(ASSIGNED);
        plain.setAttribute(ASSIGNED, "k3f9a2-1a4");
        response.setHeader(RequestIdFilter.HEADER, "k3f9a2-1a4");
        chain.doFilter(plain, response);
        return response;
    }

    @Benchmark
    public MockHttpServletResponse newId() throws Exception {
        plain.removeAttribute(ASSIGNED);
        filter.doFilter(plain, response, chain);
        return response;
    }

    @Benchmark
    public MockHttpServletResponse incomingId() throws Exception {
        tagged.removeAttribute(ASSIGNED);
        filter.doFilter(tagged, response, chain);
        return response;
    }
}
