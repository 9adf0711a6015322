// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.sample.webshop.demo.DemoUsers;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves {@link ApiUser} parameters from the {@code X-Demo-User} header: a missing or unknown
 * user answers 401. This is where a real shop would read its own authentication instead.
 */
final class ApiUserResolver implements HandlerMethodArgumentResolver {
  private final DemoUsers users;

  ApiUserResolver(DemoUsers users) {
    this.users = users;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == ApiUser.class;
  }

  @Override
  public ApiUser resolveArgument(MethodParameter parameter,
      @Nullable ModelAndViewContainer container, NativeWebRequest request,
      @Nullable WebDataBinderFactory binders) {
    String id = request.getHeader(Problems.USER_HEADER);
    if (id == null || id.isBlank()) {
      throw Problems.unauthenticated("this endpoint needs the header " + Problems.USER_HEADER
          + " naming a demo user, e.g. anna (partner admin) or petra (partner manager)");
    }
    return users.byId(id.strip()).map(ApiUser::new).orElseThrow(() ->
        Problems.unauthenticated("there is no demo user '" + abbreviated(id.strip()) + "'"));
  }

  private static String abbreviated(String id) {
    return id.length() <= 64 ? id : id.substring(0, 64) + "…";
  }
}
