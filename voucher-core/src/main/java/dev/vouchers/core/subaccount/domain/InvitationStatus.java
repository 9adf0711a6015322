// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** I-2: an invitation's status. */
public enum InvitationStatus {
  /** Sent, waiting for the invitee; may be resent or cancelled. */
  PENDING,
  /** The invitee accepted; the sub-account exists. */
  ACCEPTED,
  /** Not accepted within its validity (30 days after it was last sent, by default). */
  EXPIRED,
  /** The partner cancelled it. */
  CANCELLED;

  private static final Map<InvitationStatus, Set<InvitationStatus>> MOVES = Map.of(
      PENDING, EnumSet.of(PENDING, ACCEPTED, EXPIRED, CANCELLED),
      ACCEPTED, EnumSet.noneOf(InvitationStatus.class),
      EXPIRED, EnumSet.noneOf(InvitationStatus.class),
      CANCELLED, EnumSet.noneOf(InvitationStatus.class));

  /**
   * I-2: whether the move from this status to {@code target} is allowed: PENDING to PENDING
   * (resent), ACCEPTED, EXPIRED or CANCELLED; nothing from the final statuses.
   */
  public boolean canMoveTo(InvitationStatus target) {
    return MOVES.get(this).contains(target);
  }

  /** ACCEPTED, EXPIRED and CANCELLED are final. */
  public boolean isFinal() {
    return this != PENDING;
  }
}
