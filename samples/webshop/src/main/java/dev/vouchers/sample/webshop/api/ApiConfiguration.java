// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * The API's web plumbing: strict JSON (see {@link #strictJson()}), the request body size limit
 * on {@code /api/*} (property {@code webshop.api.max-request-body}, default 64KB), a concrete
 * {@code Content-Type} ({@link ContentTypeFilter}) and the {@code X-Demo-User} header as an
 * {@link ApiUser} parameter.
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

  /**
   * Request bodies are read as they are written, never guessed at: a member given twice, a
   * member the endpoint does not know (a typo such as {@code "wildcard"} would otherwise be
   * dropped silently and the default used), a fraction where a whole number belongs ({@code
   * "quantity": 1.5}), a string where a number or {@code true}/{@code false} belongs ({@code
   * "validityYears": "1"}) and a number or boolean where a string belongs ({@code
   * "customerName": 123}) are all 400, naming the member. The one coercion kept: a decimal
   * string for a decimal ({@code "percent": "12.5"}), the exact form of T-3's amounts.
   */
  @Bean
  JsonMapperBuilderCustomizer strictJson() {
    return builder -> builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, textual -> textual
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(BigDecimal.class, decimal -> decimal
            .setCoercion(CoercionInputShape.String, CoercionAction.TryConvert));
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

  @Bean
  FilterRegistrationBean<ContentTypeFilter> apiContentType(JsonMapper json) {
    FilterRegistrationBean<ContentTypeFilter> registration =
        new FilterRegistrationBean<>(new ContentTypeFilter(json));
    registration.addUrlPatterns("/api/*");
    // right after the size limit, before anything reads the body
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new ApiUserResolver(users));
  }
}
