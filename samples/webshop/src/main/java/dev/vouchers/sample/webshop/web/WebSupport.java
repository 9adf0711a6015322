// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.sample.webshop.demo.DemoClock;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import io.vavr.control.Either;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page shows: who is signed in, the demo clock, and how results are told. */
@ControllerAdvice(basePackageClasses = WebSupport.class)
final class WebSupport {
  static final String USER = "demoUser";
  private static final Formats FORMATS = new Formats();

  private final DemoUsers users;
  private final DemoClock clock;

  WebSupport(DemoUsers users, DemoClock clock) {
    this.users = users;
    this.clock = clock;
  }

  @ModelAttribute
  void common(HttpSession session, HttpServletRequest request, Model model) {
    common(current(session, users).orElse(null), clock, model::addAttribute);
    for (Locale language : Languages.SUPPORTED) {
      model.addAttribute("lang_" + language.getLanguage(), switchTo(request, language));
    }
  }

  /**
   * This page in another language: its address with {@code lang} set, for a page that was
   * read (GET); the start page for one that a form posted.
   */
  static String switchTo(HttpServletRequest request, Locale language) {
    String lang = language.getLanguage();
    if (!"GET".equals(request.getMethod())) {
      return request.getContextPath() + "/?" + Languages.PARAMETER + "=" + lang;
    }
    String query = request.getQueryString();
    try {
      return UriComponentsBuilder.fromUriString(request.getRequestURI()
              + (query == null ? "" : "?" + query))
          .replaceQueryParam(Languages.PARAMETER, lang).build().toUriString();
    } catch (IllegalArgumentException unreadable) {
      return request.getContextPath() + "/?" + Languages.PARAMETER + "=" + lang;
    }
  }

  /** What the layout needs on every page, error pages included ({@link ErrorPagesInLayout}). */
  static void common(@Nullable DemoUser me, DemoClock clock, BiConsumer<String, Object> put) {
    if (me != null) {
      put.accept("me", me);
    }
    put.accept("now", clock.instant());
    put.accept("clockOffset", clock.offset());
    put.accept("fmt", FORMATS);
  }

  /**
   * A query or form that is not percent-encoded UTF-8 ({@code ?code=%zz}): Tomcat refuses to
   * decode it when a controller first reads a parameter. The shop's 400 page, not a logged
   * failure.
   */
  @ExceptionHandler(InvalidParameterException.class)
  void undecodableParameters(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  /**
   * A form field the binder cannot place ({@code lines[99999999].quantity}: past the binder's
   * limit for growing a list), found by L-4's HTTP guard: the shop's 400 page, not a 500.
   */
  @ExceptionHandler(org.springframework.beans.InvalidPropertyException.class)
  void unbindableForm(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_BAD_REQUEST);
  }

  /**
   * A typed id from a page's path or form ({@code SubscriptionId::of}, ...); a malformed one
   * (blank or over-long, which the typed factories refuse by throwing) answers the shop's 404
   * page, as a missing one would (A-1).
   *
   * @throws MalformedIdException handled below
   */
  static <T> T parse(String raw, Function<String, T> factory) {
    return id(raw, factory).orElseThrow(MalformedIdException::new);
  }

  /** An id in a page's path or form that no typed id accepts, or that names nothing. */
  static final class MalformedIdException extends RuntimeException {
    @java.io.Serial
    private static final long serialVersionUID = 1L;

    MalformedIdException() {
      super("malformed id", null, false, false);
    }
  }

  /** A malformed or missing id in a page's path or form: the shop's 404 page. */
  @ExceptionHandler(MalformedIdException.class)
  void malformedId(HttpServletResponse response) throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }

  /**
   * A typed id ({@code OrderId::of}, {@code Tier::new}, ...) from a path or a form; empty when
   * it is malformed (blank or over-long), which the typed factories refuse by throwing.
   */
  static <T> Optional<T> id(String raw, Function<String, T> factory) {
    try {
      return Optional.of(factory.apply(raw));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The partner of a user the console's gate let through: {@code /console/**} is only for a
   * partner's users ({@link SignedIn}), so there always is one.
   */
  static PartnerId partnerOf(DemoUser user) {
    return user.partner().orElseThrow();
  }

  static Optional<DemoUser> current(HttpSession session, DemoUsers users) {
    Object id = session.getAttribute(USER);
    return id instanceof String s ? users.byId(s) : Optional.empty();
  }

  /**
   * Tells the outcome of a use case on the next page: the notice on success, every reason
   * with its rule id on a refusal (V-3).
   */
  static <T> void tell(Either<Refusal, T> result, RedirectAttributes redirect,
      Consumer<T> onSuccess) {
    if (result.isLeft()) {
      redirect.addFlashAttribute("refusal", result.getLeft());
    } else {
      onSuccess.accept(result.get());
    }
  }

  /**
   * Shows what a use case read: {@code view} with what {@code put} adds to the model, or the
   * "refused" page with every reason (another partner's data answers like a missing one, A-1).
   */
  static <T> String show(Either<Refusal, T> result, Model model, Consumer<T> put,
      String view) {
    if (result.isLeft()) {
      model.addAttribute("refusal", result.getLeft());
      return "refused";
    }
    put.accept(result.get());
    return view;
  }

  /**
   * Like {@link #show}, for a page that names one thing by its id (an order, a voucher): a
   * missing one, or another partner's (A-1), is the shop's 404 page; other refusals are shown
   * with every reason.
   *
   * @throws MalformedIdException for a refusal that has {@code NOT_FOUND}, handled above
   */
  static <T> String showOne(Either<Refusal, T> result, Model model, Consumer<T> put,
      String view) {
    if (result.isLeft() && result.getLeft().has(ReasonCode.NOT_FOUND)) {
      throw new MalformedIdException();
    }
    return show(result, model, put, view);
  }

  /**
   * A malformed id in the path of a page that names one thing answers like a missing one: the
   * shop's 404 page.
   *
   * @throws MalformedIdException always, handled above
   */
  static String noSuchPage() {
    throw new MalformedIdException();
  }

  /** A malformed id in a page's path answers like a missing one: the "refused" page. */
  static String notFound(Model model, String what) {
    model.addAttribute("refusal", Refusal.notFound(what));
    return "refused";
  }

  /** A malformed id in a form's path answers like a missing one, on the page it returns to. */
  static String notFound(RedirectAttributes redirect, String what, String page) {
    redirect.addFlashAttribute("refusal", Refusal.notFound(what));
    return page;
  }
}
