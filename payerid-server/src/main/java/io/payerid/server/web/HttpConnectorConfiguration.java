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
 * within {@code payerid.http.header-deadline} (default 10s) however slowly its bytes trickle in. The other
 * limits (per-read timeout, keep-alive, header and swallow sizes) are plain {@code server.tomcat.*} in
 * application.yml.
 *
 * <p>It also sizes the buffers every in-flight request holds ({@code payerid.http.response-buffer-size},
 * {@code payerid.http.socket-buffer-size}, 4 KB each instead of Tomcat's 8 KB): with thousands of payers
 * waiting on a slow upstream at once, those buffers are most of the heap (README "Many slow upstreams").
 */
@Configuration(proxyBeanMethods = false)
public class HttpConnectorConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerDeadline(
            @Value("${payerid.http.header-deadline:10s}") Duration deadline,
            @Value("${payerid.http.response-buffer-size:4KB}") DataSize responseBuffer,
            @Value("${payerid.http.socket-buffer-size:4KB}") DataSize socketBuffer) {
        int responseBytes = bufferBytes("payerid.http.response-buffer-size", responseBuffer);
        String socketBytes = Integer.toString(bufferBytes("payerid.http.socket-buffer-size", socketBuffer));
        return factory -> {
            factory.setProtocol(HeaderDeadlineProtocol.class.getName());
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof HeaderDeadlineProtocol protocol) {
                    protocol.setHeaderDeadlineMillis(deadline.toMillis());
                    protocol.setResponseBufferSize(responseBytes);
                }
                connector.setProperty("socket.appReadBufSize", socketBytes);
                connector.setProperty("socket.appWriteBufSize", socketBytes);
            });
        };
    }

    /** 1 KB to 1 MB: smaller would split every answer into many writes, larger only wastes heap per request. */
    static int bufferBytes(String property, DataSize size) {
        long bytes = size.toBytes();
        if (bytes < 1024 || bytes > 1024 * 1024) {
            throw new IllegalArgumentException(property + " must be between 1KB and 1MB, got " + size);
        }
        return (int) bytes;
    }
}
