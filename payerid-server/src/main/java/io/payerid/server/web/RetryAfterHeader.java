package io.payerid.server.web;

import java.util.OptionalLong;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Adds {@code Retry-After} to an answer already rendered in a caller's dialect, when the failure says how long to wait. */
public final class RetryAfterHeader {

    private RetryAfterHeader() {
    }

    public static <T> ResponseEntity<T> added(ResponseEntity<T> answer, OptionalLong retryAfterSeconds) {
        if (retryAfterSeconds.isEmpty()) {
            return answer;
        }
        return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds.getAsLong())).body(answer.getBody());
    }
}
