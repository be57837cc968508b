package io.payerid.server.stats;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's counters: recorded by the flow, flushed on a timer (scheduling is enabled by the outbox). */
@Configuration(proxyBeanMethods = false)
public class StatsConfiguration {

    @Bean
    FlowStatsRecorder flowStatsRecorder(Clock clock) {
        return new FlowStatsRecorder(clock);
    }

    @Bean
    FlowStatsFlusher flowStatsFlusher(FlowStatsRecorder recorder, FlowStatsStore store, StatsProperties properties) {
        return new FlowStatsFlusher(recorder, store, properties);
    }
}
