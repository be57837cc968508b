package io.payerid.sandbox.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code GET /sandbox/faults} answers the current {@link FaultPlan}; {@code PUT /sandbox/faults} with
 * {@code {"latencyMillis", "errorShare", "errorKind", "hangMillis"}} (any subset; the rest is kept)
 * replaces it and answers the new one. Unauthenticated, like every sandbox control.
 */
final class ServerApiFaultsController {

    private static final String EXPECTED = "expected JSON {latencyMillis?, errorShare?, errorKind?, hangMillis?}";

    private final ServerApiFaults faults;

    ServerApiFaultsController(ServerApiFaults faults) {
        this.faults = faults;
    }

    ServerResponse show(ServerRequest request) {
        return view(faults.plan());
    }

    ServerResponse replace(ServerRequest request) {
        Map<?, ?> body;
        try {
            body = request.body(Map.class);
        } catch (Exception e) {
            // Unreadable JSON, a JSON array, a wrong content type: the caller's mistake.
            return problem(EXPECTED);
        }
        if (body == null) {
            return problem(EXPECTED);
        }
        FaultPlan current = faults.plan();
        try {
            FaultPlan next = new FaultPlan(millis(body, "latencyMillis", current.latency()),
                    share(body, current.errorShare()), kind(body, current.errorKind()),
                    millis(body, "hangMillis", current.hang()));
            faults.replace(next);
            return view(next);
        } catch (IllegalArgumentException e) {
            return problem(e.getMessage());
        }
    }

    private static Duration millis(Map<?, ?> body, String name, Duration current) {
        Object value = body.get(name);
        if (value == null) {
            return current;
        }
        if (!(value instanceof Number number) || number.doubleValue() != Math.floor(number.doubleValue())
                || Math.abs(number.doubleValue()) > FaultPlan.MAX_DELAY.toMillis()) {
            throw new IllegalArgumentException(name + " must be a whole number of milliseconds up to 300000");
        }
        return Duration.ofMillis(number.longValue());
    }

    private static double share(Map<?, ?> body, double current) {
        Object value = body.get("errorShare");
        if (value == null) {
            return current;
        }
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("errorShare must be a number between 0 and 1");
        }
        return number.doubleValue();
    }

    private static FaultKind kind(Map<?, ?> body, FaultKind current) {
        Object value = body.get("errorKind");
        if (value == null) {
            return current;
        }
        try {
            return FaultKind.valueOf(String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("errorKind must be one of BUSY, HTTP_500, GARBAGE, HANG");
        }
    }

    private static ServerResponse view(FaultPlan plan) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("latencyMillis", plan.latency().toMillis());
        view.put("errorShare", plan.errorShare());
        view.put("errorKind", plan.errorKind().name());
        view.put("hangMillis", plan.hang().toMillis());
        return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    private static ServerResponse problem(String message) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", message));
    }
}
