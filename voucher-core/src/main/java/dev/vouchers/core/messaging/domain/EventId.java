// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * M-5: the stable id of an event: the same on every delivery of it, so a receiver
 * de-duplicates by it.
 *
 * @param value the UUID
 */
public record EventId(UUID value) {
  /** Requires a value. */
  public EventId {
    Objects.requireNonNull(value, "value");
  }

  /**
   * The id written as text, e.g. {@code 3f2c...}; empty when the text is not a UUID.
   *
   * @param text what a caller typed
   * @return the id, or empty
   */
  public static java.util.Optional<EventId> parse(String text) {
    try {
      return java.util.Optional.of(new EventId(UUID.fromString(text.strip())));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
