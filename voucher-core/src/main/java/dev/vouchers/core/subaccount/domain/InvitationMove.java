// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Objects;

/**
 * I-2: the result of an allowed move: the invitation before and after, and the history entry
 * that records it. A store applies it only if the invitation is still {@code before}.
 *
 * @param before the invitation as read
 * @param after the invitation after the move (version + 1)
 * @param entry the history entry
 */
public record InvitationMove(Invitation before, Invitation after, InvitationHistoryEntry entry) {
  /** The after state is the next version of the same invitation. */
  public InvitationMove {
    Objects.requireNonNull(entry, "entry");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1
        || !entry.invitation().equals(before.id())) {
      throw new IllegalArgumentException("a move goes from one version to the next");
    }
  }
}
