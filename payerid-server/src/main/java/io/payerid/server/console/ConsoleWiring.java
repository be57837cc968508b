package io.payerid.server.console;

import io.payerid.console.web.ConsoleConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Serves the console module under /console; its ports are implemented by the admin and qr packages. */
@Configuration(proxyBeanMethods = false)
@Import(ConsoleConfiguration.class)
class ConsoleWiring {
}
