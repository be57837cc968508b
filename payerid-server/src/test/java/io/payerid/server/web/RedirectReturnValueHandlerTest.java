package io.payerid.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.HandlerMethodReturnValueHandler;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

class RedirectReturnValueHandlerTest {

    private final List<Object> delegated = new ArrayList<>();
    private final HandlerMethodReturnValueHandler spring = new HandlerMethodReturnValueHandler() {
        @Override
        public boolean supportsReturnType(MethodParameter returnType) {
            return true;
        }

        @Override
        public void handleReturnValue(Object value, MethodParameter type, ModelAndViewContainer mav,
                                      org.springframework.web.context.request.NativeWebRequest request) {
            delegated.add(value);
        }
    };
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final ModelAndViewContainer container = new ModelAndViewContainer();

    private void handle(ResponseEntity<?> entity) throws Exception {
        new RedirectReturnValueHandler(spring).handleReturnValue(entity, returnType(), container,
                new ServletWebRequest(new MockHttpServletRequest(), response));
    }

    @Test
    void handleReturnValueWhenBodilessRedirectThenStatusAndEveryHeaderValueWrittenDirectly() throws Exception {
        response.addHeader("Set-Cookie", "payerid_flow=k; Path=/v1/oauth/callback/wechat/x");
        handle(ResponseEntity.status(HttpStatus.FOUND).header("Location", "https://open.example/authorize?a=1#w")
                .header("Cache-Control", "no-store").header("Vary", "A", "B").build());

        assertThat(delegated).isEmpty();
        assertThat(container.isRequestHandled()).isTrue();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location")).isEqualTo("https://open.example/authorize?a=1#w");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(response.getHeaders("Vary")).containsExactly("A", "B");
        assertThat(response.getHeaders("Set-Cookie")).hasSize(1); // what the controller set stays
        assertThat(response.getContentAsByteArray()).isEmpty();
    }

    @Test
    void handleReturnValueWhenRedirectFoundFromRedirectsThenSameAnswer() throws Exception {
        handle(Redirects.found("https://h/%E4%B8%AD?x=1"));
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getHeader("Location")).isEqualTo("https://h/%E4%B8%AD?x=1");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void handleReturnValueWhenBodyOrNotARedirectThenSpringsHandlerWritesIt() throws Exception {
        List<ResponseEntity<?>> others = List.of(
                ResponseEntity.ok("{\"code\":\"SUCCESS\"}"),
                ResponseEntity.ok().build(),
                ResponseEntity.status(HttpStatus.NOT_MODIFIED).build(),
                ResponseEntity.status(HttpStatus.FOUND).header("Location", "/x").body("<a href=/x>"),
                ResponseEntity.badRequest().build());
        for (ResponseEntity<?> entity : others) {
            handle(entity);
        }
        assertThat(delegated).containsExactlyElementsOf(others);
        assertThat(response.getStatus()).isEqualTo(200); // untouched by this handler
        assertThat(container.isRequestHandled()).isFalse();
    }

    @Test
    void firstInWhenSpringsDefaultHandlersThenFirstAndDelegatingToSpringsEntityHandler() {
        StaticApplicationContext context = new StaticApplicationContext();
        context.refresh();
        RequestMappingHandlerAdapter adapter = new RequestMappingHandlerAdapter();
        adapter.setApplicationContext(context);
        adapter.afterPropertiesSet();
        List<HandlerMethodReturnValueHandler> defaults = adapter.getReturnValueHandlers();

        List<HandlerMethodReturnValueHandler> handlers = RedirectReturnValueHandler.firstIn(defaults);

        assertThat(handlers.getFirst()).isInstanceOf(RedirectReturnValueHandler.class);
        assertThat(handlers.subList(1, handlers.size())).containsExactlyElementsOf(defaults);
        assertThat(handlers.getFirst().supportsReturnType(returnType())).isTrue();
    }

    private static MethodParameter returnType() {
        try {
            return new MethodParameter(RedirectReturnValueHandlerTest.class.getDeclaredMethod("anEndpoint"), -1);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unused")
    private static ResponseEntity<?> anEndpoint() {
        return null;
    }
}
