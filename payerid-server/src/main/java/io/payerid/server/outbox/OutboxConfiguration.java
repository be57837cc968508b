package io.payerid.server.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled delivery of callbacks, and reports the outbox backlog as metrics. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class OutboxConfiguration {

    @Bean
    OutboxBacklogMetrics outboxBacklogMetrics(CallbackOutbox outbox, Clock clock, MeterRegistry registry) {
        return new OutboxBacklogMetrics(outbox, clock, registry);
    }
}
