package io.payerid.sandbox.wechat;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * WeChat's timer: every {@code ticket-interval} (WeChat: 10 minutes) a new component_verify_ticket is pushed to every
 * platform with a push URL. An interval of 0 turns it off (tests push on demand). Stopped with the context.
 */
class ComponentTicketTimer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ComponentTicketTimer.class);

    private final ScheduledExecutorService timer;

    ComponentTicketTimer(SandboxComponents components, ComponentPusher pusher, Duration interval) {
        if (interval.isZero()) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("sandbox-component-ticket").factory());
        // The first push comes soon after start (the gateway needs a ticket before its first component call), then on the interval.
        long first = Math.min(interval.toMillis(), Duration.ofSeconds(5).toMillis());
        timer.scheduleWithFixedDelay(() -> components.all().forEach(component -> {
            try {
                pusher.pushTicket(component);
            } catch (RuntimeException e) {
                // One platform's bad push URL must not end the timer for the others.
                log.info("Sandbox ticket push to {} failed: {}", component.appid(), e.toString());
            }
        }), first, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
