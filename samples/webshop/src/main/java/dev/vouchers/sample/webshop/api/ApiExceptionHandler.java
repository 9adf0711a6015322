// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns every failure of an API controller into a problem detail (RFC 9457): refusals and the
 * API's own problems (thrown as {@link org.springframework.web.ErrorResponseException} by
 * {@link Problems}), Spring MVC's failures (unreadable JSON, a bad query parameter, ...) with
 * the API's problem types, a body over the size limit (413), and anything unexpected as a 500
 * that shows no stack trace and no exception message. Applies only to the API's controllers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(Exception ex,
      @Nullable Object body, HttpHeaders headers, HttpStatusCode statusCode,
      WebRequest request) {
    ResponseEntity<Object> response =
        super.handleExceptionInternal(ex, body, headers, statusCode, request);
    if (response != null && response.getBody() instanceof ProblemDetail problem) {
      Problems.classify(problem);
    }
    return response;
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status,
      WebRequest request) {
    RequestBodyLimitFilter.BodyTooLargeException tooLarge = tooLarge(ex);
    if (tooLarge != null) {
      return problem(Problems.tooLarge(tooLarge.limit()));
    }
    String detail = "the request body is missing or is not the JSON this endpoint reads";
    JacksonException json = cause(ex, JacksonException.class);
    if (json != null && !json.getPath().isEmpty()) {
      detail += ": check " + path(json);
    }
    ProblemDetail problem = createProblemDetail(ex, status, detail, null, null, request);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /** The JSON path of a failed member, e.g. {@code lines[0].quantity}; no Java type names. */
  private static String path(JacksonException json) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : json.getPath()) {
      String name = reference.getPropertyName();
      if (name != null) {
        path.append(path.isEmpty() ? "" : ".").append(name);
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** Anything else: 413 if it was the size limit, else a 500 that names nothing internal. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception ex) {
    RequestBodyLimitFilter.BodyTooLargeException tooLarge = tooLarge(ex);
    if (tooLarge != null) {
      return problem(Problems.tooLarge(tooLarge.limit()));
    }
    LOG.error("API request failed", ex);
    return problem(Problems.internalError());
  }

  private static ResponseEntity<Object> problem(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  private static RequestBodyLimitFilter.@Nullable BodyTooLargeException tooLarge(Throwable ex) {
    return cause(ex, RequestBodyLimitFilter.BodyTooLargeException.class);
  }

  private static <T extends Throwable> @Nullable T cause(Throwable ex, Class<T> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
