package io.payerid.server.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The public Kubernetes-style probes of a started gateway, read as an orchestrator reads them: by status. */
public final class HealthProbes {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HealthProbes() {
    }

    /** "readiness 200, liveness 200" while all is well; the first becomes 503 when a dependency is down. */
    public static String probes(String base) {
        return "readiness " + status(base + "/actuator/health/readiness") + ", liveness "
                + status(base + "/actuator/health/liveness");
    }

    private static String status(String url) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return Integer.toString(answer.statusCode());
        } catch (IOException e) {
            return "I/O error " + e.getClass().getSimpleName();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
