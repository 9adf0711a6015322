// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.util.Objects;

/**
 * One reason a command was refused: a stable code (with its rule id) and a message a caller
 * can show.
 *
 * @param code what kind of refusal
 * @param message a human-readable explanation naming the problem
 */
public record Reason(ReasonCode code, String message) {
  /** Both parts are required. */
  public Reason {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** The rule id of the brief, e.g. {@code "V-6"}. */
  public String rule() {
    return code.rule();
  }

  /** Shorthand constructor. */
  public static Reason of(ReasonCode code, String message) {
    return new Reason(code, message);
  }

  @Override
  public String toString() {
    return code + " (" + code.rule() + "): " + message;
  }
}
