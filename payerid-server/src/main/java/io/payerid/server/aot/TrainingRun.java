package io.payerid.server.aot;

import io.payerid.server.PayerIdApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The AOT cache's training run (the {@code aot-cache} build profile, README "Production start"): the gateway
 * started as in production, then asked what a deployment's probes ask first, then stopped; the JVM writes the
 * cache at exit. A run that stopped once the context was refreshed left every class of the request path out of
 * the cache, so the first health check after a start took 160-190 ms; trained on requests, 80-100 ms (a warm one:
 * 20-40 ms). Not used at run time.
 */
public final class TrainingRun {

    private static final int REQUESTS = 20;

    private TrainingRun() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        SpringApplication application = new SpringApplication(PayerIdApplication.class);
        // Spring AOT finds its generated initializer by the main class's name: the gateway's, not this one.
        application.setMainApplicationClass(PayerIdApplication.class);
        // A real port, not 0: the demo tenant's whitelist and pages are built from it once the gateway is ready.
        int port = freePort();
        String[] withPort = Arrays.copyOf(args, args.length + 1);
        withPort[args.length] = "--server.port=" + port;
        try (ConfigurableApplicationContext context = application.run(withPort);
             HttpClient http = HttpClient.newHttpClient()) {
            for (int i = 0; i < REQUESTS; i++) {
                get(http, port, "/actuator/health");
                get(http, port, "/v1/oauth/authorize");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void get(HttpClient http, int port, String path) throws IOException, InterruptedException {
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
