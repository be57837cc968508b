package io.payerid.server.oauth;

import io.payerid.server.ratelimit.ClientRateLimitInterceptor;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps {@link AuthorizeEntryServlet} to its exact path, which the servlet container prefers to the dispatcher's "/". */
@Configuration(proxyBeanMethods = false)
public class AuthorizeEntryServletRegistration {

    @Bean
    ServletRegistrationBean<AuthorizeEntryServlet> authorizeEntryServlet(AuthorizeEntry entry,
                                                                        ClientRateLimitInterceptor clientLimit,
                                                                        BrowserFlowExceptionHandler failures) {
        ServletRegistrationBean<AuthorizeEntryServlet> registration =
                new ServletRegistrationBean<>(new AuthorizeEntryServlet(entry, clientLimit, failures), AuthorizeEntryController.PATH);
        registration.setName("authorizeEntry");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
