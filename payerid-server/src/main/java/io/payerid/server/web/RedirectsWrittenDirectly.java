package io.payerid.server.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Puts {@link RedirectReturnValueHandler} ahead of Spring's return-value handlers. {@code WebMvcConfigurer}
 * can only append a handler, after the one that already claims every {@code ResponseEntity}, so the list is
 * replaced once the adapter has built it (its {@code afterPropertiesSet}, which runs before this).
 */
@Configuration(proxyBeanMethods = false)
public class RedirectsWrittenDirectly {

    @Bean
    static BeanPostProcessor redirectReturnValueHandlerFirst() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getReturnValueHandlers() != null) {
                    adapter.setReturnValueHandlers(RedirectReturnValueHandler.firstIn(adapter.getReturnValueHandlers()));
                }
                return bean;
            }
        };
    }
}
