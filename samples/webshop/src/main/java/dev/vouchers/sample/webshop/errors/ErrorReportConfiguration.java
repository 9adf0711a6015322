// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.errors;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's answers to failures outside its controllers: {@link ApiErrorDispatchFilter} on the
 * container's error dispatch, and {@link ProblemErrorReportValve} in the place of Tomcat's
 * error report. Spring Boot adds a plain {@link ErrorReportValve} to the host (without stack
 * traces); the customizer here runs after Spring Boot's, removes every error report valve from
 * the host and adds the shop's, and names its class as the host's error report class so that
 * Tomcat does not add its own when the host starts.
 */
@Configuration(proxyBeanMethods = false)
class ErrorReportConfiguration {

  /**
   * The API's answer on the container's error dispatch, before Spring Boot's error controller.
   */
  @Bean
  FilterRegistrationBean<ApiErrorDispatchFilter> apiErrorDispatch(JsonMapper json) {
    FilterRegistrationBean<ApiErrorDispatchFilter> registration =
        new FilterRegistrationBean<>(new ApiErrorDispatchFilter(json));
    registration.setDispatcherTypes(DispatcherType.ERROR);
    registration.addUrlPatterns("/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemErrorReport(
      JsonMapper json) {
    return new ProblemErrorReportCustomizer(json);
  }

  /** Ordered after Spring Boot's Tomcat customizer (order 0), whose valve it replaces. */
  static final class ProblemErrorReportCustomizer
      implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {
    private final JsonMapper json;

    ProblemErrorReportCustomizer(JsonMapper json) {
      this.json = json;
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        Host host = (Host) context.getParent();
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve) {
            host.getPipeline().removeValve(valve);
          }
        }
        if (host instanceof StandardHost standard) {
          standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
        host.getPipeline().addValve(new ProblemErrorReportValve(json));
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
