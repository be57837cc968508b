package io.payerid.server.oauth;

import io.payerid.server.ratelimit.ClientRateLimitInterceptor;
import io.payerid.server.web.Redirects;
import io.payerid.server.web.ResponseEntityWriter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * {@code GET} (and {@code HEAD}) {@value AuthorizeEntryController#PATH}, the redirect every payment starts with,
 * answered by a servlet of its own ahead of Spring MVC's dispatcher.
 *
 * <p>Why: under wrk, the dispatcher's work around this one handler (finding it among the gateway's mappings,
 * the interceptor chain, resolving its arguments and invoking it reflectively, handling its return value,
 * publishing a request event) was 22% of the entry's CPU samples (JFR), for an endpoint whose answer is always a
 * 302 or the payer page. What decides the answer is shared with the MVC endpoints, not copied: the filters
 * (request id, security headers, encoding, metrics) run as for any path; the per-client limit is the same
 * {@link ClientRateLimitInterceptor}; the entry is {@link AuthorizeEntry}; a failure becomes the redirect or page
 * that {@link BrowserFlowExceptionHandler} renders for every browser flow. Any other method is forwarded to the
 * dispatcher, which answers it as it answers a wrong method anywhere (the API's 405, OPTIONS with Allow).
 */
public class AuthorizeEntryServlet extends HttpServlet {

    private static final String DISPATCHER = DispatcherServletAutoConfiguration.DEFAULT_DISPATCHER_SERVLET_BEAN_NAME;

    private final transient AuthorizeEntry entry;
    private final transient ClientRateLimitInterceptor clientLimit;
    private final transient BrowserFlowExceptionHandler failures;

    public AuthorizeEntryServlet(AuthorizeEntry entry, ClientRateLimitInterceptor clientLimit,
                                 BrowserFlowExceptionHandler failures) {
        this.entry = entry;
        this.clientLimit = clientLimit;
        this.failures = failures;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method)) {
            super.service(request, response); // doGet; HEAD is doGet without the body
        } else {
            getServletContext().getNamedDispatcher(DISPATCHER).forward(request, response);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // The metrics' uri tag, which the dispatcher's mapping would have set.
        ServerHttpObservationFilter.findObservationContext(request)
                .ifPresent(context -> context.setPathPattern(AuthorizeEntryController.PATH));
        ResponseEntityWriter.write(answer(request, response), response);
    }

    /** The redirect, or the answer the browser flows' exception advice gives for the failure. */
    private ResponseEntity<?> answer(HttpServletRequest request, HttpServletResponse response) {
        try {
            clientLimit.check(request);
            return Redirects.found(entry.start(request, response));
        } catch (RuntimeException e) {
            return failures.answerFor(e);
        }
    }
}
