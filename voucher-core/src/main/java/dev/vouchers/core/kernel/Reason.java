// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One reason a command was refused: a stable code (with its rule id), a message for
 * developers and logs, and details (the field, the limit, the date) from which
 * {@link #render(Locale)} writes the sentence an end customer or a partner reads, in English
 * or German, without rule ids or internal names.
 *
 * @param code what kind of refusal
 * @param message a developer-facing explanation naming the problem, in English
 * @param details values a readable message may show, by name: {@code kind} selects a more
 *     specific message; values are strings, numbers, instants or dates
 */
public record Reason(ReasonCode code, String message, Map<String, Object> details) {
  /** Code and message are required; details are copied and must be of the supported types. */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    details.forEach((name, value) -> {
      if (!(value instanceof String || value instanceof Number || value instanceof Instant
          || value instanceof LocalDate)) {
        throw new IllegalArgumentException("a detail is a string, number, instant or date: "
            + name);
      }
    });
    details = Map.copyOf(details);
  }

  /** A reason without details. */
  public Reason(ReasonCode code, String message) {
    this(code, message, Map.of());
  }

  /** The rule id of the brief, e.g. {@code "V-6"}. */
  public String rule() {
    return code.rule();
  }

  /** Shorthand constructor. */
  public static Reason of(ReasonCode code, String message) {
    return new Reason(code, message);
  }

  /**
   * The same reason with one more detail for its readable message.
   *
   * @param name the placeholder's name, e.g. {@code "limit"}
   * @param value a string, number, instant or date
   * @return the reason with the detail
   */
  public Reason with(String name, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(details);
    more.put(name, value);
    return new Reason(code, message, more);
  }

  /**
   * The sentence a person reads for this reason, in {@code locale}'s language (English and
   * German ship; other languages get English), with numbers and dates in that locale's form.
   *
   * @param locale the reader's locale
   * @return the readable message
   */
  public String render(Locale locale) {
    return RefusalMessages.render(this, locale);
  }

  /**
   * Two reasons are equal when they have the same code and message: the details only help
   * render the same fact for a reader.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Reason that && code == that.code && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return 31 * code.hashCode() + message.hashCode();
  }

  @Override
  public String toString() {
    return code + " (" + code.rule() + "): " + message;
  }
}
