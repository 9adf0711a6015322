// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The shop's error pages (400, 403, 404, 500, ...) inside its layout: Spring Boot's error
 * controller renders {@code error.html} with what every page of the shop shows (who is signed
 * in, the demo clock), which its own model lacks. The API answers problem details instead
 * ({@code errors.ApiErrorDispatchFilter}); failures Tomcat answers before the shop's code runs
 * get the small page of {@code errors.ErrorPages}.
 */
@Component
final class ErrorPagesInLayout implements ErrorViewResolver, Ordered {
  private final DemoUsers users;
  private final DemoClock clock;

  ErrorPagesInLayout(DemoUsers users, DemoClock clock) {
    this.users = users;
    this.clock = clock;
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
      Map<String, Object> model) {
    Map<String, Object> page = new HashMap<>(model);
    HttpSession session = request.getSession(false);
    WebSupport.common(session == null ? null : WebSupport.current(session, users).orElse(null),
        clock, page::put);
    page.put("status", status.value());
    for (Locale language : Languages.SUPPORTED) {
      // relative to the address that failed, which the browser still shows
      page.put("lang_" + language.getLanguage(), "?" + Languages.PARAMETER + "="
          + language.getLanguage());
    }
    return new ModelAndView("error", page, status);
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
