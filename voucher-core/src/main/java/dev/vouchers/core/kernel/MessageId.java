// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * A stable outbox message id a receiver uses to de-duplicate (S-2).
 *
 * @param value 1..64 non-blank characters
 */
public record MessageId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public MessageId {
    Ids.require(value, "MessageId");
  }

  /** Convenience factory. */
  public static MessageId of(String value) {
    return new MessageId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
