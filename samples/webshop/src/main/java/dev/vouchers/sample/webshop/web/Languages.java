// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages' language: English or German, first from the browser ({@code Accept-Language}),
 * then as chosen with the switch in the layout ({@code ?lang=de}, kept in a cookie). The texts
 * are the bundles {@code messages.properties} and {@code messages_de.properties}; refusals
 * render themselves ({@code Refusal.render(Locale)}). E-mails are written by the library in the
 * partner's language.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {
  /** The languages the shop speaks; the first is the default. */
  static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);
  /** The query parameter of the switch. */
  static final String PARAMETER = "lang";

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver("webshop-lang");
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setDefaultLocaleFunction(Languages::fromBrowser);
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new Switch());
  }

  /** The first language of {@code Accept-Language} the shop speaks; English otherwise. */
  static Locale fromBrowser(HttpServletRequest request) {
    var wanted = request.getLocales();
    while (wanted.hasMoreElements()) {
      Optional<Locale> spoken = supported(wanted.nextElement().getLanguage());
      if (spoken.isPresent()) {
        return spoken.get();
      }
    }
    return SUPPORTED.get(0);
  }

  /** The supported language of a tag such as {@code de}; empty for any other. */
  static Optional<Locale> supported(String language) {
    return SUPPORTED.stream().filter(l -> l.getLanguage().equalsIgnoreCase(language.strip()))
        .findFirst();
  }

  /** {@code ?lang=de}: switches the language and keeps it; an unknown language is ignored. */
  private static final class Switch implements HandlerInterceptor {
    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response,
        Object handler) {
      String chosen = request.getParameter(PARAMETER);
      LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
      if (chosen != null && resolver != null) {
        supported(chosen).ifPresent(locale -> resolver.setLocale(request, response, locale));
      }
      return true;
    }
  }
}
