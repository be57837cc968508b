package io.payerid.server.hostile;

import io.payerid.server.web.BrowserFlow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every endpoint of a running gateway, read from its handler mappings: annotated controllers (ours,
 * actuator's, springdoc's) and functional routes (the sandbox). A new endpoint is in the hostile suite
 * the moment it is mapped; nothing is listed by hand.
 */
final class EndpointCatalog {

    private EndpointCatalog() {
    }

    static List<Endpoint> of(ApplicationContext context) {
        Map<String, Endpoint> byKey = new java.util.TreeMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            mapping.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getDirectPaths().isEmpty() ? info.getPatternValues() : info.getDirectPaths()) {
                    Endpoint e = annotated(info, handler, pattern);
                    byKey.putIfAbsent(e.toString(), e);
                }
            });
        }
        for (RouterFunctionMapping mapping : context.getBeansOfType(RouterFunctionMapping.class).values()) {
            RouterFunction<?> routes = mapping.getRouterFunction();
            if (routes != null) {
                routes.accept(new RouteCollector(byKey));
            }
        }
        return byKey.values().stream().sorted(Comparator.comparing(Endpoint::template)).toList();
    }

    private static Endpoint annotated(RequestMappingInfo info, HandlerMethod handler, String pattern) {
        Set<String> methods = new TreeSet<>();
        info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
        Class<?> type = handler.getBeanType();
        boolean browser = AnnotatedElementUtils.hasAnnotation(type, BrowserFlow.class);
        Dialect dialect = Dialect.of(pattern, type.getPackageName(), browser);
        Set<String> parameters = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                String name = !param.name().isEmpty() ? param.name() : param.value();
                parameters.add(name.isEmpty() ? Optional.ofNullable(parameter.getParameterName()).orElse("p") : name);
            }
            Class<?> body = parameter.getParameterType();
            if (body.isRecord() && parameter.getParameterAnnotation(PathVariable.class) == null) {
                for (var component : body.getRecordComponents()) {
                    parameters.add(component.getName());
                }
            }
        }
        parameters.addAll(dialect.knownParameters());
        return new Endpoint(methods, pattern, dialect, List.copyOf(parameters));
    }

    /** Collects functional routes: a route's predicate names its method(s) and path. */
    private static final class RouteCollector implements RouterFunctions.Visitor {

        private final Map<String, Endpoint> byKey;
        private final List<String> prefixes = new ArrayList<>();

        RouteCollector(Map<String, Endpoint> byKey) {
            this.byKey = byKey;
        }

        @Override
        public void startNested(RequestPredicate predicate) {
            PredicateParts parts = PredicateParts.of(predicate);
            prefixes.add(parts.path == null ? "" : parts.path);
        }

        @Override
        public void endNested(RequestPredicate predicate) {
            prefixes.removeLast();
        }

        @Override
        public void route(RequestPredicate predicate, HandlerFunction<?> handlerFunction) {
            PredicateParts parts = PredicateParts.of(predicate);
            if (parts.path == null) {
                return;
            }
            String path = String.join("", prefixes) + parts.path;
            Dialect dialect = Dialect.of(path, "functional", false);
            Endpoint e = new Endpoint(parts.methods, path, dialect, dialect.knownParameters());
            byKey.putIfAbsent(e.toString(), e);
        }

        @Override
        public void resources(Function<org.springframework.web.servlet.function.ServerRequest, Optional<Resource>> lookup) {
        }

        @Override
        public void attributes(Map<String, Object> attributes) {
        }

        @Override
        public void unknown(RouterFunction<?> routerFunction) {
        }
    }

    /** The method and path a predicate tests for (the sandbox's routes are plain {@code METHOD && path}). */
    private static final class PredicateParts implements RequestPredicates.Visitor {

        private final Set<String> methods = new TreeSet<>();
        private String path;

        static PredicateParts of(RequestPredicate predicate) {
            PredicateParts parts = new PredicateParts();
            predicate.accept(parts);
            return parts;
        }

        @Override
        public void method(Set<HttpMethod> httpMethods) {
            httpMethods.forEach(m -> methods.add(m.name()));
        }

        @Override
        public void path(String pattern) {
            path = pattern;
        }

        @Override
        public void pathExtension(String extension) {
        }

        @Override
        public void header(String name, String value) {
        }

        @Override
        public void param(String name, String value) {
        }

        @Override
        public void version(String version) {
        }

        @Override
        public void startAnd() {
        }

        @Override
        public void and() {
        }

        @Override
        public void endAnd() {
        }

        @Override
        public void startOr() {
        }

        @Override
        public void or() {
        }

        @Override
        public void endOr() {
        }

        @Override
        public void startNegate() {
        }

        @Override
        public void endNegate() {
        }

        @Override
        public void unknown(RequestPredicate predicate) {
        }
    }
}
