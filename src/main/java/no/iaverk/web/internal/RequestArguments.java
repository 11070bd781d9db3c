package no.iaverk.web.internal;

import java.util.List;
import no.iaverk.security.CurrentUser;
import no.iaverk.shared.InvalidRequestException;
import no.iaverk.shared.OrgNumber;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * What controllers take as parameters instead of working it out themselves: the logged-in person ({@link CurrentUser})
 * and an organisation number from a path or a parameter ({@link OrgNumber}). A bad number is one Norwegian 400: a
 * problem detail from {@link ApiProblems} for the API, the error page from {@link ErrorPages} for pages.
 */
@Configuration(proxyBeanMethods = false)
class RequestArguments implements WebMvcConfigurer {

    static {
        // The API description shows an org. number as the string it is, and the user as nothing a client sends.
        SpringDocUtils.getConfig()
                .replaceWithClass(OrgNumber.class, String.class)
                .addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserResolver());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new OrgNumberConverter());
    }

    /** The person behind the request; the URL rules let nobody anonymous reach a controller that asks for one. */
    static final class CurrentUserResolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == CurrentUser.class;
        }

        @Override
        public CurrentUser resolveArgument(
                MethodParameter parameter,
                @Nullable ModelAndViewContainer mavContainer,
                NativeWebRequest webRequest,
                @Nullable WebDataBinderFactory binderFactory) {
            return CurrentUser.current()
                    .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Du må logge inn."));
        }
    }

    /** An org. number from the address or a form; Spring wraps the failure, and the error handlers unwrap it. */
    static final class OrgNumberConverter implements Converter<String, OrgNumber> {

        @Override
        public OrgNumber convert(String source) {
            String problem = OrgNumber.problemWith(source);
            if (problem != null) {
                throw new InvalidOrgNumber(problem);
            }
            return OrgNumber.of(source);
        }
    }

    /** The one message for a bad org. number wherever a request brings it. */
    static final class InvalidOrgNumber extends InvalidRequestException {

        InvalidOrgNumber(String problem) {
            super(Character.toUpperCase(problem.charAt(0)) + problem.substring(1) + ".");
        }
    }
}
