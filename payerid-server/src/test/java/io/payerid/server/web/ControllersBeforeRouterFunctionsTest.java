package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.payerid.server.web.ControllersBeforeRouterFunctions.RoutesFirstUnderPrefix;
import org.junit.jupiter.api.Test;
import org.springframework.core.Ordered;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.util.ServletRequestPathUtils;

class ControllersBeforeRouterFunctionsTest {

    private final HandlerFunction<ServerResponse> codes = request -> ServerResponse.ok().build();
    private final RoutesFirstUnderPrefix first = new RoutesFirstUnderPrefix(mapping(), "/sandbox/");

    private RouterFunctionMapping mapping() {
        RouterFunctionMapping mapping = new RouterFunctionMapping(RouterFunctions.route()
                .POST("/sandbox/wechatpay/codes", codes).GET("/elsewhere", codes).build());
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request); // as DispatcherServlet does before asking any mapping
        return request;
    }

    @Test
    void getHandlerWhenARoutePathUnderThePrefixThenTheRoutesAnswerAheadOfEveryMapping() throws Exception {
        HandlerExecutionChain chain = first.getHandler(request("POST", "/sandbox/wechatpay/codes"));
        assertThat(chain).isNotNull();
        assertThat(chain.getHandler()).isSameAs(codes);
        assertThat(first.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
    }

    @Test
    void getHandlerWhenOutsideThePrefixThenNotAskedEvenIfARouteWouldMatch() throws Exception {
        assertThat(first.getHandler(request("GET", "/elsewhere"))).isNull();
        assertThat(first.getHandler(request("GET", "/v1/oauth/authorize"))).isNull();
        assertThat(first.getHandler(request("GET", "/sandboxes/x"))).isNull();
    }

    @Test
    void getHandlerWhenUnderThePrefixButNoRouteThenNullSoTheOtherMappingsStillDecide() throws Exception {
        assertThat(first.getHandler(request("GET", "/sandbox/nothing-here"))).isNull();
        assertThat(first.getHandler(request("GET", "/sandbox/wechatpay/codes"))).isNull(); // wrong method
    }
}
