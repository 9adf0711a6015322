// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import java.util.regex.Pattern;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure of an API controller into a problem detail (RFC 9457): refusals and the
 * API's own problems (thrown as {@link org.springframework.web.ErrorResponseException} by
 * {@link Problems}), Spring MVC's failures (unreadable JSON, a bad query parameter, ...) with
 * the API's problem types, parameters that are not percent-encoded UTF-8 (400), a body over
 * the size limit (413), and anything unexpected as a 500
 * that shows no stack trace and no exception message. Applies only to the API's controllers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);
  /** How Jackson begins the message of a member given twice. */
  private static final String DUPLICATE = "Duplicate Object property";
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,63}");

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
    if (json != null) {
      detail += what(json);
    }
    ProblemDetail problem = createProblemDetail(ex, status, detail, null, null, request);
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /**
   * A query or form parameter that is not percent-encoded UTF-8 ({@code ?after=%%%}, {@code
   * ?size=%zz}): Tomcat refuses to decode the parameters when a controller first reads one.
   */
  @ExceptionHandler(InvalidParameterException.class)
  ResponseEntity<Object> undecodableParameters(InvalidParameterException ex) {
    int code = ex.getErrorCode();
    if (code == HttpStatus.CONTENT_TOO_LARGE.value()) {
      return problem(Problems.forStatus(code, "the request has too many parameters"));
    }
    ProblemDetail problem = Problems.malformed("the query parameters are not percent-encoded"
        + " UTF-8: every '%' must be followed by two hex digits (a '%' itself is %25)")
        .getBody();
    return problem(problem);
  }

  /** What is wrong with the JSON, naming the member; no Java type names. */
  private static String what(JacksonException json) {
    String at = json.getPath().isEmpty() ? "" : path(json);
    if (json instanceof UnrecognizedPropertyException unknown) {
      return ": " + (at.isEmpty() ? unknown.getPropertyName() : at)
          + " is not a member of this request";
    }
    if (json instanceof InputCoercionException) {
      return ": " + (at.isEmpty() ? "a number" : at) + " is out of range";
    }
    String message = json.getOriginalMessage();
    if (json instanceof StreamReadException && message != null
        && message.startsWith(DUPLICATE)) {
      return ": " + duplicate(message) + " is given twice"
          + (at.isEmpty() ? "" : " (in " + at + ")");
    }
    if (json instanceof MismatchedInputException mismatch && !at.isEmpty()) {
      String expected = expected(mismatch.getTargetType());
      return ": " + at + (expected == null ? " has the wrong type" : " must be " + expected);
    }
    return at.isEmpty() ? "" : ": check " + at;
  }

  /** The member a duplicate is reported for, when it is a plain name; "a member" otherwise. */
  private static String duplicate(String message) {
    int open = message.indexOf('"');
    int close = open < 0 ? -1 : message.indexOf('"', open + 1);
    String name = close < 0 ? "" : message.substring(open + 1, close);
    return PLAIN_NAME.matcher(name).matches() ? name : "a member";
  }

  private static @Nullable String expected(@Nullable Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == String.class) {
      return "a string";
    }
    if (type == Integer.class || type == int.class || type == Long.class
        || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == java.math.BigDecimal.class) {
      return "a number or a decimal string";
    }
    if (type == java.time.Instant.class) {
      return "an ISO-8601 instant such as 2030-01-01T00:00:00Z";
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (type.isRecord()) {
      return "an object";
    }
    return null;
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
