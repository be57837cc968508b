package io.payerid.server.hostile;

import java.util.List;
import java.util.Set;

/**
 * One endpoint as the application's own handler mappings declare it.
 *
 * @param methods    the HTTP methods it is mapped to (empty: every method, as {@code @RequestMapping} without one)
 * @param template   the path pattern, e.g. {@code /admin/v1/merchants/{mchNo}/apps}
 * @param dialect    how it answers errors
 * @param parameters request parameter and JSON field names it reads (declared ones, plus the dialect's known ones)
 */
record Endpoint(Set<String> methods, String template, Dialect dialect, List<String> parameters) {

    /** The method a legitimate caller would use. */
    String primaryMethod() {
        if (methods.isEmpty() || methods.contains("GET")) {
            return "GET";
        }
        return methods.iterator().next();
    }

    boolean takesBody() {
        return methods.isEmpty() || methods.contains("POST") || methods.contains("PUT") || methods.contains("PATCH");
    }

    @Override
    public String toString() {
        return (methods.isEmpty() ? "*" : String.join("|", methods)) + " " + template;
    }
}
