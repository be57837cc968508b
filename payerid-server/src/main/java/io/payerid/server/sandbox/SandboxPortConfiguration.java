package io.payerid.server.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import io.payerid.server.web.ConnectorBuffers;
import io.payerid.server.web.HeaderDeadlineProtocol;
import org.apache.catalina.connector.Connector;
import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Optionally serves the sandbox on a port of its own ({@code payerid.sandbox.port}), like a separate
 * upstream host: that port answers only {@code /sandbox/**}, and the gateway's port stops answering it.
 * Useful when the gateway sits behind a proxy that must not expose the simulators.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = {"payerid.sandbox.enabled", "payerid.sandbox.port"})
public class SandboxPortConfiguration {

    static final String SANDBOX_PREFIX = "/sandbox/";

    /**
     * Spring Boot tunes only the main connector, so this one gets the same virtual threads and connection
     * limits by hand: on Tomcat's defaults (200 platform threads, accept backlog 100) a slow simulated
     * upstream would queue the gateway's calls here instead of showing the gateway's own limits. Its buffers are
     * the gateway's lean ones, so thousands of calls waiting on a simulated latency cost what a lean upstream would.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sandboxConnector(@Value("${payerid.sandbox.port}") int port,
                                                                               TomcatServerProperties tomcat,
                                                                               @Value("${spring.threads.virtual.enabled:false}") boolean virtualThreads,
                                                                               ConnectorBuffers buffers) {
        return factory -> {
            Connector connector = new Connector(HeaderDeadlineProtocol.class.getName());
            connector.setPort(port);
            buffers.applyTo(connector);
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMaxConnections(tomcat.getMaxConnections());
                protocol.setAcceptCount(tomcat.getAcceptCount());
                if (virtualThreads) {
                    protocol.setExecutor(new VirtualThreadExecutor("sandbox-"));
                }
            }
            factory.addAdditionalConnectors(connector);
        };
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sandboxPortSeparation(@Value("${payerid.sandbox.port}") int port) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                boolean onSandboxPort = request.getLocalPort() == port;
                boolean sandboxPath = request.getRequestURI().startsWith(SANDBOX_PREFIX);
                if (onSandboxPort != sandboxPath) {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                    return;
                }
                chain.doFilter(request, response);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }
}
