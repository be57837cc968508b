package io.payerid.console.web;

import io.payerid.console.session.ConsoleUser;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Hands a console handler the {@link ConsoleUser} its session filter resolved; none means the filter was bypassed. */
public class ConsoleUserArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ConsoleUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        Object user = request.getAttribute(ConsoleUser.REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (user == null) {
            throw ConsoleRefusal.forbidden();
        }
        return user;
    }
}
