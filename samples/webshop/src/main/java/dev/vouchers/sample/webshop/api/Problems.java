// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every problem detail (RFC 9457) of the API is built here, so that all of them look alike.
 *
 * <p>A {@link Refusal} of the library becomes a problem whose {@code type} is
 * {@code https://vouchers.dev/problems/<reason-code>} (the reason code in kebab case, e.g.
 * {@code quantity-out-of-range}), whose {@code detail} joins every reason's message, and which
 * carries the extension members {@code rules} (the distinct rule ids of the domain brief, e.g.
 * {@code ["V-6"]}) and {@code reasons} ({@code [{code, rule, message}]}, all of them, in the
 * library's order). The status follows the reasons:
 *
 * <ul>
 *   <li>{@code NOT_FOUND}: 404 (also for another partner's data, A-1);
 *   <li>{@code NOT_PERMITTED}, and U-5's {@code SUBSCRIPTION_CHANGE_NOT_PERMITTED}: 403;
 *   <li>input the library checked and refused ({@code INVALID_INPUT}, {@code
 *       QUANTITY_OUT_OF_RANGE}, {@code CONFIGURATION_NOT_OFFERED}, {@code MALFORMED_CODE},
 *       {@code UNKNOWN_TIER}, and for subscriptions {@code OFFER_UNKNOWN}, {@code
 *       TERM_NOT_OFFERED}, {@code BILLING_FREQUENCY_NOT_OFFERED}, {@code
 *       LICENCE_QUANTITY_OUT_OF_RANGE}), and an {@code Idempotency-Key} used before for
 *       another request ({@code IDEMPOTENCY_KEY_REUSED}, G-3): 422;
 *   <li>every other refusal, a rule of the programme saying no in the resource's current state
 *       ({@code CONCURRENT_UPDATE} included, and G-3's {@code IDEMPOTENCY_KEY_IN_USE}: the first
 *       request with the key still runs): 409.
 * </ul>
 *
 * <p>When a refusal has reasons of different statuses, the first reason of the most significant
 * status (in the order of the list above) decides status, type and title. Requests the API
 * cannot even read (malformed JSON, a missing field, a malformed id) are 400.
 */
public final class Problems {
  /** The prefix of every problem type of the API. */
  public static final String TYPE_PREFIX = "https://vouchers.dev/problems/";

  /** The header that names who acts. */
  public static final String USER_HEADER = "X-Demo-User";

  private static final Set<ReasonCode> BAD_INPUT = Set.of(ReasonCode.INVALID_INPUT,
      ReasonCode.QUANTITY_OUT_OF_RANGE, ReasonCode.CONFIGURATION_NOT_OFFERED,
      ReasonCode.MALFORMED_CODE, ReasonCode.UNKNOWN_TIER,
      // U-1: an order for a subscription names what the offer does not have
      ReasonCode.OFFER_UNKNOWN, ReasonCode.TERM_NOT_OFFERED,
      ReasonCode.BILLING_FREQUENCY_NOT_OFFERED, ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE,
      // G-3: the Idempotency-Key was used for another request (IETF draft: 422)
      ReasonCode.IDEMPOTENCY_KEY_REUSED);
  private static final Set<ReasonCode> FORBIDDEN = Set.of(ReasonCode.NOT_PERMITTED,
      ReasonCode.SUBSCRIPTION_CHANGE_NOT_PERMITTED);

  private Problems() {}

  /**
   * The HTTP status of a refusal reason.
   *
   * @param code the reason
   * @return 404, 403, 429, 422 or 409
   */
  public static HttpStatus status(ReasonCode code) {
    if (code == ReasonCode.NOT_FOUND) {
      return HttpStatus.NOT_FOUND;
    }
    if (code == ReasonCode.TOO_MANY_ATTEMPTS) {
      return HttpStatus.TOO_MANY_REQUESTS; // G-1
    }
    if (FORBIDDEN.contains(code)) {
      return HttpStatus.FORBIDDEN;
    }
    return BAD_INPUT.contains(code) ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
  }

  /**
   * The problem type of a refusal reason.
   *
   * @param code the reason
   * @return {@code https://vouchers.dev/problems/<code-in-kebab-case>}
   */
  public static URI type(ReasonCode code) {
    return type(code.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * A problem type of the API.
   *
   * @param slug the last path segment, e.g. {@code malformed-request}
   * @return the type URI
   */
  public static URI type(String slug) {
    return URI.create(TYPE_PREFIX + slug);
  }

  /**
   * The problem detail of a refusal.
   *
   * @param refusal what the library refused, with every reason
   * @return the problem, with {@code rules} and {@code reasons}
   */
  public static ProblemDetail of(Refusal refusal) {
    Reason primary = primary(refusal);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(primary.code()),
        refusal.reasons().stream().map(Reason::message).collect(Collectors.joining("; ")));
    problem.setType(type(primary.code()));
    problem.setTitle(title(primary.code()));
    problem.setProperty("rules", refusal.reasons().stream().map(Reason::rule).distinct().toList());
    problem.setProperty("reasons", refusal.reasons().stream().map(Json.ReasonJson::of).toList());
    retryAfter(refusal).ifPresent(at -> problem.setProperty("retryAfter", at.toString()));
    return problem;
  }

  /** G-1: when a caller refused for too many failed code attempts may try again. */
  private static Optional<Instant> retryAfter(Refusal refusal) {
    return refusal.reasons().stream()
        .filter(r -> r.code() == ReasonCode.TOO_MANY_ATTEMPTS)
        .map(r -> r.details().get("time"))
        .filter(Instant.class::isInstance).map(Instant.class::cast)
        .findFirst();
  }

  /**
   * The exception that answers a refusal; the API's exception handler renders it.
   *
   * @param refusal what the library refused
   * @return the exception to throw
   */
  public static ErrorResponseException refused(Refusal refusal) {
    ProblemDetail problem = of(refusal);
    ErrorResponseException refused =
        new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem, null);
    retryAfter(refusal).ifPresent(at -> refused.getHeaders().set("Retry-After",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            at.atZone(ZoneOffset.UTC))));
    return refused;
  }

  /**
   * The result of a use case, or the refusal thrown as a problem.
   *
   * @param result what the use case answered
   * @param <T> the result type
   * @return the result
   * @throws ErrorResponseException the refusal as a problem
   */
  public static <T> T orRefuse(Either<Refusal, T> result) {
    return result.getOrElseThrow(Problems::refused);
  }

  /**
   * 400: the request cannot be read (malformed JSON, a missing field, a malformed id or query
   * parameter).
   *
   * @param detail what is wrong, naming the field
   * @return the exception to throw
   */
  public static ErrorResponseException malformed(String detail) {
    return exception(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request", detail);
  }

  /**
   * 401: a partner or staff endpoint without a known {@value #USER_HEADER} header.
   *
   * @param detail what is missing
   * @return the exception to throw, with a {@code WWW-Authenticate} challenge
   */
  public static ErrorResponseException unauthenticated(String detail) {
    ErrorResponseException exception = exception(HttpStatus.UNAUTHORIZED, "unauthenticated",
        "Unauthenticated", detail);
    exception.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
        USER_HEADER + " realm=\"vouchers-webshop\"");
    return exception;
  }

  /**
   * 404: no resource of the API at this path.
   *
   * @param path the request path
   * @return the exception to throw
   */
  public static ErrorResponseException noSuchResource(String path) {
    return exception(HttpStatus.NOT_FOUND, "no-such-resource", "No such resource",
        "the API has no resource at " + path + "; see the sample's README");
  }

  /**
   * 405: the resource exists, the method does not.
   *
   * @param allowed the methods the resource answers
   * @return the exception to throw, with an {@code Allow} header
   */
  public static ErrorResponseException methodNotAllowed(Set<HttpMethod> allowed) {
    String methods = allowed.stream().map(HttpMethod::name).sorted()
        .collect(Collectors.joining(", "));
    ErrorResponseException exception = exception(HttpStatus.METHOD_NOT_ALLOWED,
        "method-not-allowed", "Method not allowed", "this resource answers " + methods);
    exception.getHeaders().set(HttpHeaders.ALLOW, methods);
    return exception;
  }

  /**
   * 501: the sample runs without the part that would answer (no PDF renderer, no demo inbox).
   *
   * @param detail what is missing
   * @return the exception to throw
   */
  public static ErrorResponseException notImplemented(String detail) {
    return exception(HttpStatus.NOT_IMPLEMENTED, "not-implemented", "Not implemented", detail);
  }

  /**
   * 413: the request body is larger than the API accepts.
   *
   * @param limit the most bytes a body may have
   * @return the problem
   */
  public static ProblemDetail tooLarge(long limit) {
    return problem(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", "Payload too large",
        "a request body of the API has at most " + limit + " bytes");
  }

  /**
   * 500: anything unexpected; the detail says nothing about the cause.
   *
   * @return the problem
   */
  public static ProblemDetail internalError() {
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
        "the request failed; the shop's log has the details");
  }

  /**
   * A problem of the API's own kind for a status, for answers written outside Spring MVC (the
   * server's error report, the error page): {@code malformed-request} for 400, {@code
   * no-such-resource} for 404, and so on.
   *
   * @param status the HTTP status, 400..599
   * @param detail what went wrong, naming nothing internal
   * @return the problem
   */
  public static ProblemDetail forStatus(int status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status),
        detail);
    classify(problem);
    return problem;
  }

  /**
   * Gives a problem of Spring MVC (type {@code about:blank}) the API's type for its status.
   *
   * @param problem a problem built by Spring for a failed request
   */
  static void classify(ProblemDetail problem) {
    URI type = problem.getType();
    if (type != null && !"about:blank".equals(type.toString())) {
      return;
    }
    String slug = switch (problem.getStatus()) {
      case 400 -> "malformed-request";
      case 404 -> "no-such-resource";
      case 405 -> "method-not-allowed";
      case 406 -> "not-acceptable";
      case 413 -> "payload-too-large";
      case 414 -> "uri-too-long";
      case 415 -> "unsupported-media-type";
      case 431 -> "request-header-fields-too-large";
      case 500 -> "internal-error";
      case 501 -> "not-implemented";
      case 503 -> "service-unavailable";
      default -> reasonSlug(problem.getStatus());
    };
    if (slug != null) {
      problem.setType(type(slug));
      problem.setTitle(Character.toUpperCase(slug.charAt(0)) + slug.substring(1).replace('-', ' '));
    }
  }

  /** The reason phrase of a status in kebab case ({@code http-version-not-supported}). */
  private static @Nullable String reasonSlug(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known == null ? null
        : known.getReasonPhrase().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /**
   * The problem as the members of its JSON object, for writers outside Spring MVC (the
   * request size filter).
   *
   * @param problem the problem
   * @return its members, extension members last
   */
  public static Map<String, Object> members(ProblemDetail problem) {
    Map<String, Object> members = new LinkedHashMap<>();
    putIfPresent(members, "type", problem.getType());
    putIfPresent(members, "title", problem.getTitle());
    members.put("status", problem.getStatus());
    putIfPresent(members, "detail", problem.getDetail());
    putIfPresent(members, "instance", problem.getInstance());
    Map<String, @Nullable Object> properties = problem.getProperties();
    if (properties != null) {
      properties.forEach((name, value) -> putIfPresent(members, name, value));
    }
    return members;
  }

  /**
   * Writes the problem as the whole answer, for filters that answer before Spring MVC runs.
   *
   * @param problem the problem; its {@code instance} becomes the request path if it has none
   * @param request the request
   * @param response the response, not yet committed
   * @param json the shop's JSON mapper
   * @throws IOException when the answer cannot be written
   */
  static void write(ProblemDetail problem, HttpServletRequest request,
      HttpServletResponse response, JsonMapper json) throws IOException {
    if (problem.getInstance() == null) {
      try {
        problem.setInstance(URI.create(request.getRequestURI()));
      } catch (IllegalArgumentException e) {
        // a path URI cannot represent stays out of the answer
      }
    }
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json.writeValueAsString(members(problem)));
  }

  private static void putIfPresent(Map<String, Object> members, String name,
      @Nullable Object value) {
    if (value != null) {
      members.put(name, value instanceof URI uri ? uri.toString() : value);
    }
  }

  private static Reason primary(Refusal refusal) {
    // List.sort is stable: the first reason of the most significant status
    List<Reason> reasons = new java.util.ArrayList<>(refusal.reasons());
    reasons.sort(Comparator.comparingInt(r -> significance(status(r.code()))));
    return reasons.get(0);
  }

  private static int significance(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> 0;
      case FORBIDDEN -> 1;
      case UNPROCESSABLE_CONTENT -> 2;
      default -> 3;
    };
  }

  private static String title(ReasonCode code) {
    String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static ProblemDetail problem(HttpStatus status, String slug, String title,
      String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type(slug));
    problem.setTitle(title);
    return problem;
  }

  private static ErrorResponseException exception(HttpStatus status, String slug, String title,
      String detail) {
    return new ErrorResponseException(status, problem(status, slug, title, detail), null);
  }
}
