package io.payerid.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;

/**
 * Lets the annotated controllers (every gateway endpoint) be asked before the functional routes (the embedded
 * sandbox, all under {@value #ROUTES_PREFIX}), except for paths under that prefix, which go to the routes
 * first.
 *
 * <p>Spring asks {@link RouterFunctionMapping} first by default, and it builds a {@code ServerRequest} (a copy
 * of every header) for each request before finding that no route matches: about 15% of what the redirect
 * entry allocated. The other way round, a sandbox request made the controllers' mapping compare it with every
 * one of its patterns, twice (once to match, once more to explain the miss): 8% of the CPU samples of a
 * payment-code lookup whose upstream is the sandbox on its own port. The two sets of paths do not overlap, so
 * neither order changes which handler answers a request; a sandbox path the routes do not know still falls
 * through to the controllers and the routes' second chance, as before.
 */
@Configuration(proxyBeanMethods = false)
public class ControllersBeforeRouterFunctions {

    /** After {@code RequestMappingHandlerMapping} (order 0), before the bean-name and resource mappings. */
    static final int ORDER = 1;

    /** Where every functional route lives (the sandbox's {@code SandboxPortConfiguration} separates the same). */
    static final String ROUTES_PREFIX = "/sandbox/";

    @Bean
    static BeanPostProcessor routerFunctionsAfterControllers() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RouterFunctionMapping mapping) {
                    mapping.setOrder(ORDER);
                }
                return bean;
            }
        };
    }

    @Bean
    RoutesFirstUnderPrefix routesFirstUnderTheirPrefix(RouterFunctionMapping routes) {
        return new RoutesFirstUnderPrefix(routes, ROUTES_PREFIX);
    }

    /** Asks the functional routes, ahead of every other mapping, about the paths under their prefix only. */
    static final class RoutesFirstUnderPrefix implements HandlerMapping, Ordered {

        private final RouterFunctionMapping routes;
        private final String prefix;

        RoutesFirstUnderPrefix(RouterFunctionMapping routes, String prefix) {
            this.routes = routes;
            this.prefix = prefix;
        }

        @Override
        public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
            return request.getRequestURI().startsWith(prefix) ? routes.getHandler(request) : null;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
