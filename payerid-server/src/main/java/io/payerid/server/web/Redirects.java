package io.payerid.server.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The 302 every browser flow answers with; never cached, since each carries one-time values. */
public final class Redirects {

    private Redirects() {
    }

    public static ResponseEntity<Void> found(String location) {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).header("Cache-Control", "no-store").build();
    }
}
