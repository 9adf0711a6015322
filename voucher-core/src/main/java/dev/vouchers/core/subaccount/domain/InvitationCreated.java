// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Objects;

/**
 * I-1: a new invitation with the first entry of its history (sent).
 *
 * @param invitation the PENDING invitation (version 0)
 * @param entry its first history entry
 */
public record InvitationCreated(Invitation invitation, InvitationHistoryEntry entry) {
  /** The entry is the invitation's own. */
  public InvitationCreated {
    Objects.requireNonNull(entry, "entry");
    if (!entry.invitation().equals(invitation.id()) || entry.from().isPresent()) {
      throw new IllegalArgumentException("a new invitation starts with its own first entry");
    }
  }
}
