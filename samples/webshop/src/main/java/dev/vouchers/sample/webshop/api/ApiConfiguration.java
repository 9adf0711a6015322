// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's web plumbing: the request body size limit on {@code /api/*} (property {@code
 * webshop.api.max-request-body}, default 64KB) and the {@code X-Demo-User} header as an
 * {@link Actor} parameter.
 */
@Configuration(proxyBeanMethods = false)
public class ApiConfiguration implements WebMvcConfigurer {
  private final DemoUsers users;

  /**
   * The configuration.
   *
   * @param users who may act through the {@code X-Demo-User} header
   */
  public ApiConfiguration(DemoUsers users) {
    this.users = users;
  }

  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> apiRequestBodyLimit(
      @Value("${webshop.api.max-request-body:64KB}") DataSize limit, JsonMapper json) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration =
        new FilterRegistrationBean<>(new RequestBodyLimitFilter(limit.toBytes(), json));
    registration.addUrlPatterns("/api/*");
    // before anything that might read the body (form and multipart parsing, logging filters)
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ActorResolver(users));
  }
}
