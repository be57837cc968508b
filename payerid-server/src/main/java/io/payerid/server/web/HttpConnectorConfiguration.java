package io.payerid.server.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Serves the gateway's port with {@link HeaderDeadlineProtocol}, so a request head must arrive completely
 * within {@code payerid.http.header-deadline} (default 10s) however slowly its bytes trickle in, and with the
 * lean per-request {@link ConnectorBuffers}. Every connector's response headers (the sandbox port's too) reach
 * Tomcat as bytes ({@link HeaderBytesValve}, an engine valve). The other limits (per-read timeout, keep-alive,
 * header and swallow sizes) are plain {@code server.tomcat.*} in application.yml.
 */
@Configuration(proxyBeanMethods = false)
public class HttpConnectorConfiguration {

    @Bean
    ConnectorBuffers connectorBuffers(@Value("${payerid.http.response-buffer-size:2KB}") DataSize response,
                                      @Value("${payerid.http.socket-buffer-size:2KB}") DataSize socket,
                                      @Value("${payerid.http.max-trailer-size:1KB}") DataSize trailer) {
        return ConnectorBuffers.of(response, socket, trailer);
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> gatewayConnector(
            @Value("${payerid.http.header-deadline:10s}") Duration deadline, ConnectorBuffers buffers) {
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addEngineValves(new HeaderBytesValve());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof HeaderDeadlineProtocol protocol) {
                    protocol.setHeaderDeadlineMillis(deadline.toMillis());
                }
                buffers.applyTo(connector);
            });
        };
    }
}
