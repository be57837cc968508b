package io.payerid.sandbox.wechat;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/** {@code GET {base}/stats} → {@code {"tokenFetches": {"<appid>": n, …}}}: base tokens handed out per app. */
public class SandboxStatsController {

    private final TokenFetchCounter fetches;

    SandboxStatsController(TokenFetchCounter fetches) {
        this.fetches = fetches;
    }

    ServerResponse stats(ServerRequest request) {
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("tokenFetches", fetches.snapshot()));
    }
}
