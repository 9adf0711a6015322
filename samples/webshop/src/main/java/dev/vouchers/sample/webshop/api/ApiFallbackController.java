// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Answers every request under {@code /api} that no other controller takes, with a problem
 * detail: 405 (and {@code Allow}) when the path is a resource of the API with other methods,
 * 404 otherwise. Without it, Spring MVC would answer with its error page or error JSON.
 */
@RestController
class ApiFallbackController {
  private final RequestMappingHandlerMapping mappings;

  ApiFallbackController(
      @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
    this.mappings = mappings;
  }

  @RequestMapping(value = {"/api", "/api/**"}, method = {RequestMethod.GET, RequestMethod.POST,
      RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE})
  void unknown(HttpServletRequest request) {
    PathContainer path = PathContainer.parsePath(request.getRequestURI()
        .substring(request.getContextPath().length()));
    Set<HttpMethod> allowed = new java.util.TreeSet<>(
        java.util.Comparator.comparing(HttpMethod::name));
    mappings.getHandlerMethods().forEach((info, handler) -> {
      if (handler.getBeanType() != ApiFallbackController.class && matches(info, path)) {
        allowed.addAll(methods(info));
      }
    });
    if (!allowed.isEmpty()) {
      throw Problems.methodNotAllowed(allowed);
    }
    throw Problems.noSuchResource(path.value());
  }

  private static boolean matches(RequestMappingInfo info, PathContainer path) {
    var patterns = info.getPathPatternsCondition();
    return patterns != null && patterns.getPatterns().stream()
        .anyMatch((PathPattern pattern) -> pattern.matches(path));
  }

  private static Set<HttpMethod> methods(RequestMappingInfo info) {
    Set<RequestMethod> declared = info.getMethodsCondition().getMethods();
    Set<RequestMethod> all = declared.isEmpty() ? EnumSet.allOf(RequestMethod.class) : declared;
    Set<HttpMethod> methods = new java.util.HashSet<>();
    for (RequestMethod method : all) {
      methods.add(method.asHttpMethod());
      if (method == RequestMethod.GET) {
        methods.add(HttpMethod.HEAD);
      }
    }
    return methods;
  }
}
