package io.payerid.server.outbox;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the scheduled delivery of callbacks. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class OutboxConfiguration {
}
