package io.payerid.server.console;

import io.payerid.server.support.Browser.Hop;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** One request with exactly the Cookie header given: for forged and tampered sessions. */
final class RawConsoleRequest {

    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();

    RawConsoleRequest(String base) {
        this.base = base;
    }

    Hop get(String path, String cookieHeader) {
        URI uri = URI.create(base + path);
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).header("Cookie", cookieHeader).GET()
                    .build(), HttpResponse.BodyHandlers.ofString());
            return new Hop(uri, response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
