package no.iaverk.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.iaverk.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Puts the logged-in person ({@code currentUser}) and the page's path ({@code currentPath}, so the menu can mark where
 * the user is with {@code aria-current}) into every rendered page's model, for the header and its menu. An interceptor
 * rather than a {@code @ModelAttribute} advice, which Spring would prepare for every call, JSON ones included.
 */
@Configuration(proxyBeanMethods = false)
class LayoutModel implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    Object handler,
                    @Nullable ModelAndView page) {
                if (page == null || redirect(page)) {
                    return;
                }
                page.addObject("currentUser", CurrentUser.current().orElse(null));
                page.addObject(
                        "currentPath",
                        request.getRequestURI()
                                .substring(request.getContextPath().length()));
            }
        });
    }

    /** A redirect's model would become query parameters of the next URL. */
    private static boolean redirect(ModelAndView page) {
        return page.getView() instanceof RedirectView
                || String.valueOf(page.getViewName()).startsWith("redirect:");
    }
}
