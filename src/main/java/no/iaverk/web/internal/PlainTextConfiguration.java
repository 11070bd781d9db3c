package no.iaverk.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import no.iaverk.shared.ControlCharacters;
import no.iaverk.shared.InvalidParameterException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * Refuses control characters in every piece of text a request brings, before any controller sees it: query and form
 * parameters and path variables (400 naming the parameter), and every string in a JSON body (400 naming the field).
 * One place instead of a check in each form and API.
 */
@Configuration(proxyBeanMethods = false)
class PlainTextConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                request.getParameterMap().forEach((name, values) -> {
                    for (String value : values) {
                        check(name, value);
                    }
                });
                @SuppressWarnings("unchecked")
                var variables =
                        (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
                if (variables != null) {
                    variables.forEach(PlainTextConfiguration::check);
                }
                return true;
            }
        });
    }

    private static void check(String name, String value) {
        if (ControlCharacters.in(name) || ControlCharacters.in(value)) {
            String shown = ControlCharacters.in(name) ? "(navn med kontrolltegn)" : name;
            throw new InvalidParameterException(shown, ControlCharacters.message(shown));
        }
    }

    /** Every string of a JSON body, also inside lists and maps. */
    @Bean
    JacksonModule plainTextStrings() {
        return new SimpleModule("plain-text").addDeserializer(String.class, new PlainText());
    }

    static final class PlainText extends StdScalarDeserializer<String> {

        PlainText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (ControlCharacters.in(text)) {
                throw context.weirdStringException("", String.class, CONTROL_CHARACTERS);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }

    /** Marks the parse failure, so that the problem detail can say what was wrong. */
    static final String CONTROL_CHARACTERS = "control characters";
}
