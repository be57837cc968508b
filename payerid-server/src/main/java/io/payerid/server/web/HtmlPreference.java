package io.payerid.server.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request came from a browser that wants a page: a payer who typed or followed a wrong link gets
 * the zh-CN payer page, not a JSON body, while API clients (which do not ask for HTML) keep the JSON error.
 */
final class HtmlPreference {

    private HtmlPreference() {
    }

    static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/html");
    }
}
