package no.iaverk.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // commands run without a web server
class WebFilters {

    /** First in line after the character encoding: before the security filters or a controller read the body. */
    @Bean
    FilterRegistrationBean<AnonymousRequestLimit> anonymousRequestLimit(
            @Value("${iaverk.web.anonymous-max-body:8KB}") DataSize maxBody, JsonMapper json) {
        var registration =
                new FilterRegistrationBean<>(new AnonymousRequestLimit(Math.toIntExact(maxBody.toBytes()), json));
        registration.addUrlPatterns("/s", "/s/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
        return registration;
    }
}
