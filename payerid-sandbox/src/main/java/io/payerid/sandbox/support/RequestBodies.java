package io.payerid.sandbox.support;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;

/** A request's body in memory, at most one byte past a cap (longer means too large). */
public final class RequestBodies {

    private RequestBodies() {
    }

    /**
     * Sized from the declared length when there is one: {@code readNBytes(cap + 1)} alone allocates a 16 KB
     * scratch buffer per call for bodies of a few hundred bytes. The servlet container ends the stream at the
     * declared length, so a body never runs past it.
     */
    public static byte[] upTo(HttpServletRequest request, int maxBytes) throws IOException {
        long declared = request.getContentLengthLong();
        int limit = declared >= 0 && declared <= maxBytes ? (int) declared + 1 : maxBytes + 1;
        try (InputStream in = request.getInputStream()) {
            return in.readNBytes(limit);
        }
    }
}
