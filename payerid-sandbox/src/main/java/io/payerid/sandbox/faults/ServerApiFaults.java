package io.payerid.sandbox.faults;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The sandbox's latency and error-injection knob for server-side calls, shared by every simulator. Each
 * simulator wraps its server-side handlers with {@link #around}, giving its own "busy" answer. The
 * plan can be swapped at runtime ({@code PUT /sandbox/faults}); a call uses the plan current when it
 * arrived. Sleeping is cheap here: requests run on virtual threads.
 */
public final class ServerApiFaults {

    private final AtomicReference<FaultPlan> plan;

    public ServerApiFaults(FaultPlan initial) {
        this.plan = new AtomicReference<>(initial);
    }

    public FaultPlan plan() {
        return plan.get();
    }

    public void replace(FaultPlan next) {
        plan.set(next);
    }

    /** {@code handler} behind the current plan; {@code busy} is the upstream's own "busy" answer. */
    public HandlerFunction<ServerResponse> around(HandlerFunction<ServerResponse> handler,
                                                  HandlerFunction<ServerResponse> busy) {
        return request -> {
            FaultPlan current = plan.get();
            pause(current.latency());
            if (current.errorShare() == 0 || ThreadLocalRandom.current().nextDouble() >= current.errorShare()) {
                return handler.handle(request);
            }
            return switch (current.errorKind()) {
                case BUSY -> busy.handle(request);
                case HTTP_500 -> ServerResponse.status(HttpStatus.INTERNAL_SERVER_ERROR).contentType(MediaType.TEXT_HTML)
                        .body("<html><body><h1>500 Internal Server Error</h1></body></html>");
                case GARBAGE -> ServerResponse.ok().contentType(MediaType.TEXT_PLAIN).body("\u0000\u00ff<<garbage>>{]");
                case HANG -> hang(current.hang());
            };
        };
    }

    /** Silence, then an empty 504: the client's read timeout is what must end it first. */
    private static ServerResponse hang(Duration hang) {
        pause(hang);
        return ServerResponse.status(HttpStatus.GATEWAY_TIMEOUT).build();
    }

    private static void pause(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
