// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.Text;
import java.util.Objects;

/**
 * An invitation's id (I-1).
 *
 * @param value 1..64 non-blank characters
 */
public record InvitationId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public InvitationId {
    Objects.requireNonNull(value, "InvitationId");
    // L-4: 1..64 characters of one line of storable text; the message does not echo the value
    Text.checkId("InvitationId", value).ifPresent(reason -> {
      throw new IllegalArgumentException(reason.message());
    });
  }

  /** Convenience factory. */
  public static InvitationId of(String value) {
    return new InvitationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
