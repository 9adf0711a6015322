// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A refused command (V-3): every reason that applies, never just the first. Nothing was
 * changed when a refusal is returned.
 *
 * @param reasons at least one reason
 */
public record Refusal(List<Reason> reasons) {
  /** A refusal without reasons is a broken invariant. */
  public Refusal {
    reasons = List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("a refusal needs at least one reason");
    }
  }

  /** A refusal with one reason. */
  public static Refusal of(ReasonCode code, String message) {
    return new Refusal(List.of(Reason.of(code, message)));
  }

  /** A refusal with the given reasons. */
  public static Refusal of(Iterable<Reason> reasons) {
    List<Reason> list = new java.util.ArrayList<>();
    reasons.forEach(list::add);
    return new Refusal(list);
  }

  /** The answer for a missing id or for another partner's data (A-1: the same answer). */
  public static Refusal notFound(String what) {
    return of(ReasonCode.NOT_FOUND, what + " not found");
  }

  /** Whether any reason has this code. */
  public boolean has(ReasonCode code) {
    return reasons.stream().anyMatch(r -> r.code() == code);
  }

  /** The codes of all reasons, in order. */
  public List<ReasonCode> codes() {
    return reasons.stream().map(Reason::code).collect(Collectors.toList());
  }

  /**
   * The sentences a person reads for this refusal, one per reason, in {@code locale}'s
   * language (English and German ship; others get English): no rule ids, codes or internal
   * names. Developers find those in {@link #reasons()}.
   *
   * @param locale the reader's locale
   * @return the readable messages, in the order of the reasons
   */
  public List<String> messages(Locale locale) {
    return reasons.stream().map(reason -> reason.render(locale)).toList();
  }

  /**
   * {@link #messages(Locale)} as one text, the sentences separated by spaces.
   *
   * @param locale the reader's locale
   * @return the readable text
   */
  public String render(Locale locale) {
    return String.join(" ", messages(locale));
  }

  @Override
  public String toString() {
    return "Refusal" + reasons;
  }
}
