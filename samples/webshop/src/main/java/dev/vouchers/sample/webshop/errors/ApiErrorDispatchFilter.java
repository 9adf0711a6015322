// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The servlet container's error dispatch for a request of the API: a failure that escaped
 * every controller and exception handler (a filter that threw, a {@code sendError} of the
 * container) is answered with a problem detail, as every other error of the API, instead of
 * Spring Boot's error JSON or page. Error dispatches of pages go on to Spring Boot's error
 * handling.
 */
final class ApiErrorDispatchFilter extends HttpFilter {
  @Serial
  private static final long serialVersionUID = 1L;

  private final transient JsonMapper json;

  ApiErrorDispatchFilter(JsonMapper json) {
    this.json = json;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response,
      FilterChain chain) throws IOException, ServletException {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(uri instanceof String path) || !ApiPaths.isApi(path, request.getContextPath())
        || response.isCommitted()) {
      chain.doFilter(request, response);
      return;
    }
    int status = status(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE),
        response.getStatus());
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(ErrorPages.problem(status, path)));
  }

  private static int status(Object attribute, int fallback) {
    int status = attribute instanceof Integer code ? code : fallback;
    return status >= 400 && status <= 599 ? status : 500;
  }
}
