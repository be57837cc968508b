package io.payerid.server.web;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The 302 every browser flow answers with; never cached, since each carries one-time values. */
public final class Redirects {

    private Redirects() {
    }

    /**
     * A URL of nothing but legal URI characters with well-formed escapes (every URL the flows build) goes out
     * as it is: a {@code java.net.URI} parse would only hand the same text back. Anything else takes the
     * {@code URI} route as before, which escapes non-ASCII and refuses what no URI may contain.
     */
    public static ResponseEntity<Void> found(String location) {
        String header = LocationText.isPlainUri(location) ? location : URI.create(location).toASCIIString();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, header)
                .header("Cache-Control", "no-store").build();
    }
}
