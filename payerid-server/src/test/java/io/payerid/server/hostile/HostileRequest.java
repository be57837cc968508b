package io.payerid.server.hostile;

/**
 * One hostile request, ready for the socket.
 *
 * @param label  what it tries, for the failure message
 * @param method the request method
 * @param target path and query, already as raw bytes would be (percent-escapes kept verbatim)
 * @param headers extra header lines, CRLF-separated, without a trailing CRLF (may be empty)
 * @param body   null for none
 */
record HostileRequest(String label, String method, String target, String headers, byte[] body) {

    String head() {
        return method + " " + target + " HTTP/1.1" + (headers.isEmpty() ? "" : "\r\n" + headers);
    }

    /** The same request with more header lines (a console session), unless it is the one sent without headers. */
    HostileRequest withHeaders(String more, String labelSuffix) {
        return new HostileRequest(label + labelSuffix, method, target, headers.isEmpty() ? "" : headers + "\r\n" + more, body);
    }

    @Override
    public String toString() {
        String shown = target.length() > 120 ? target.substring(0, 120) + "...(" + target.length() + " chars)" : target;
        return label + " [" + method + " " + shown + (body == null ? "" : ", body " + body.length + " bytes") + "]";
    }
}
