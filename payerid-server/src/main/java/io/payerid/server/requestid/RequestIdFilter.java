package io.payerid.server.requestid;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (a sane incoming {@code X-Request-Id}, else a new one), puts it in the log context
 * for the request's lines and echoes it as {@code X-Request-Id}. Runs on the error dispatch too, with the id of
 * the request that failed, so the error answer and its log lines carry the same id.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = idOf(request);
        response.setHeader(HEADER, id);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
            MDC.remove(io.payerid.core.flow.FlowLogContext.MDC_KEY);
        }
    }

    private static String idOf(HttpServletRequest request) {
        Object assigned = request.getAttribute(RequestIds.ATTRIBUTE);
        if (assigned instanceof String id) {
            return id;
        }
        String incoming = request.getHeader(HEADER);
        String id = IncomingRequestId.acceptable(incoming) ? incoming : RequestIds.next();
        request.setAttribute(RequestIds.ATTRIBUTE, id);
        return id;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
