// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may open the browser pages: {@code /console/**} is for a partner's users and
 * {@code /staff/**} for the vendor's staff; anyone not signed in is sent to the start page to
 * sign in, a user of the other kind gets the 403 page.
 * The signed-in user reaches a handler as a {@link DemoUser} parameter. This is the one place a
 * real shop would put its own login instead.
 */
@Configuration(proxyBeanMethods = false)
class SignedIn implements WebMvcConfigurer {
  private static final String ATTRIBUTE = SignedIn.class.getName();

  private final DemoUsers users;

  SignedIn(DemoUsers users) {
    this.users = users;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Gate(user -> user.partner().isPresent()))
        .addPathPatterns("/console/**", "/console");
    registry.addInterceptor(new Gate(DemoUser::staff)).addPathPatterns("/staff/**", "/staff");
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new Resolver());
  }

  /** Lets a request through only for a signed-in user of the right kind. */
  private final class Gate implements HandlerInterceptor {
    private final java.util.function.Predicate<DemoUser> allowed;

    Gate(java.util.function.Predicate<DemoUser> allowed) {
      this.allowed = allowed;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
        Object handler) throws IOException {
      HttpSession session = request.getSession(false);
      Optional<DemoUser> signedIn = session == null ? Optional.empty()
          : WebSupport.current(session, users);
      Optional<DemoUser> user = signedIn.filter(allowed);
      if (signedIn.isPresent() && user.isEmpty()) {
        // signed in, but as the other kind of user: the shop's 403 page
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
        return false;
      }
      if (user.isEmpty()) {
        response.sendRedirect(request.getContextPath() + "/");
        return false;
      }
      request.setAttribute(ATTRIBUTE, user.get());
      return true;
    }
  }

  /** Hands the user the gate let through to a {@link DemoUser} parameter. */
  private static final class Resolver implements HandlerMethodArgumentResolver {
    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == DemoUser.class;
    }

    @Override
    public DemoUser resolveArgument(MethodParameter parameter,
        @Nullable ModelAndViewContainer container, NativeWebRequest request,
        @Nullable WebDataBinderFactory binders) {
      Object user = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
      if (user instanceof DemoUser signedIn) {
        return signedIn;
      }
      throw new IllegalStateException("a DemoUser parameter is for the handlers under /console"
          + " and /staff, which only signed-in users reach: " + parameter.getMethod());
    }
  }
}
