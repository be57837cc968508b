package io.payerid.server.requestid;

import io.payerid.core.flow.FlowLogContext;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id}, else a new one), puts it in the log context
 * for the request's lines and echoes it as {@code X-Request-Id}. Registered for the error dispatch too, where it
 * finds the id of the request that failed in a request attribute, so the error answer and its log lines carry
 * the same id. A plain {@link Filter}, not Spring's OncePerRequestFilter: that builds its marker attribute's
 * name per request, and the id attribute already tells a first dispatch from a later one.
 */
public class RequestIdFilter implements Filter {

    public static final String HEADER = "X-Request-Id";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        String id = idOf(http);
        answer.setHeader(HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(FlowLogContext.MDC_KEY);
        }
    }

    private static String idOf(HttpServletRequest request) {
        if (request.getAttribute(RequestIds.ATTRIBUTE) instanceof String assigned) {
            return assigned;
        }
        String incoming = request.getHeader(HEADER);
        String id = IncomingRequestId.acceptable(incoming) ? incoming : RequestIds.next();
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        return id;
    }
}
