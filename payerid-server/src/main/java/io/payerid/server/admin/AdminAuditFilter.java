package io.payerid.server.admin;

import io.payerid.console.audit.AuditLog;
import io.payerid.core.tenant.Merchant;
import io.payerid.core.tenant.TenantDirectory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Writes every successful change made through the bearer-token admin API to the console's audit log: method and
 * path (which name the resource), status and caller address. Request bodies are not recorded: they carry channel
 * secrets and keys. Runs after {@link OperatorAuthFilter}, so only authenticated changes are recorded, under the
 * operator token or the account token ({@link AdminCaller}) that made them.
 */
class AdminAuditFilter extends OncePerRequestFilter {

    private static final Pattern MERCHANT_PATH = Pattern.compile("/admin/v1/merchants/([A-Za-z0-9_.\\-]{1,64})(/.*)?");

    private final AuditLog audit;
    private final TenantDirectory directory;

    AdminAuditFilter(AuditLog audit, TenantDirectory directory) {
        this.audit = audit;
        this.directory = directory;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        int status = response.getStatus();
        if (status >= 400) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        audit.record(AdminCaller.actor(request), request.getRemoteAddr(), "api " + request.getMethod(), path, merchantIdOf(path),
                "status=" + status);
    }

    private String merchantIdOf(String path) {
        Matcher m = MERCHANT_PATH.matcher(path);
        return m.matches() ? directory.merchantByMchNo(m.group(1)).map(Merchant::id).orElse(null) : null;
    }
}
