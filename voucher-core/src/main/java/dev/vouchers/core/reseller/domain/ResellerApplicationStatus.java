// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A reseller application's status: SUBMITTED → CONTRACT_SENT → CONTRACT_SIGNED →
 * APPROVED, or REJECTED from any open state. APPROVED and REJECTED are final.
 */
public enum ResellerApplicationStatus {
  /** The partner filled in the reseller form. */
  SUBMITTED,
  /** The vendor sent the reseller contract to the applicant. */
  CONTRACT_SENT,
  /** The applicant's signed contract came back. */
  CONTRACT_SIGNED,
  /** The vendor approved the application: the partner is a reseller. */
  APPROVED,
  /** The vendor turned the application down. */
  REJECTED;

  private static final Map<ResellerApplicationStatus, Set<ResellerApplicationStatus>> MOVES =
      Map.of(
          SUBMITTED, EnumSet.of(CONTRACT_SENT, REJECTED),
          CONTRACT_SENT, EnumSet.of(CONTRACT_SIGNED, REJECTED),
          CONTRACT_SIGNED, EnumSet.of(APPROVED, REJECTED),
          APPROVED, EnumSet.noneOf(ResellerApplicationStatus.class),
          REJECTED, EnumSet.noneOf(ResellerApplicationStatus.class));

  /** whether the move from this status to {@code target} is one of the allowed moves. */
  public boolean canMoveTo(ResellerApplicationStatus target) {
    return MOVES.get(this).contains(target);
  }

  /** the statuses reachable in one move. */
  public Set<ResellerApplicationStatus> allowedTargets() {
    return MOVES.get(this).isEmpty() ? Set.of() : Set.copyOf(MOVES.get(this));
  }

  /** SUBMITTED, CONTRACT_SENT and CONTRACT_SIGNED are open (may still be rejected). */
  public boolean isOpen() {
    return this == SUBMITTED || this == CONTRACT_SENT || this == CONTRACT_SIGNED;
  }

  /** An application that is open or APPROVED holds the partner's place: one at a time. */
  public boolean isActive() {
    return this != REJECTED;
  }

  /** APPROVED and REJECTED are final. */
  public boolean isFinal() {
    return this == APPROVED || this == REJECTED;
  }
}
