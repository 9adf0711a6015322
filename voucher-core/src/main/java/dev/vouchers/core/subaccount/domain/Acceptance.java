// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Objects;

/**
 * I-3: an accepted invitation, written as one: the invitation's move to ACCEPTED and the new
 * sub-account with the first entry of its history. A store writes all of it or nothing, and
 * only if the invitation is still the one read (so that one token creates one sub-account).
 *
 * @param move the invitation's move to ACCEPTED
 * @param subAccount the new sub-account (version 0)
 * @param entry the sub-account's first history entry
 */
public record Acceptance(InvitationMove move, SubAccount subAccount, SubAccountHistoryEntry entry) {
  /** The parts belong together. */
  public Acceptance {
    Objects.requireNonNull(entry, "entry");
    if (move.after().status() != InvitationStatus.ACCEPTED
        || !move.after().subAccount().equals(java.util.Optional.of(subAccount.id()))
        || !entry.subAccount().equals(subAccount.id())
        || !subAccount.partner().equals(move.after().partner())) {
      throw new IllegalArgumentException("an acceptance creates the invitation's sub-account");
    }
  }
}
