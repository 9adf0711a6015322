// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * I-2: one move in an invitation's append-only history: from, to, when, who, why, and the
 * move's data (recipient, type, sub-account created, ...). The first entry records the
 * invitation being sent and has no {@code from}.
 *
 * @param invitation the invitation that moved
 * @param from status before; empty for the entry that created the invitation
 * @param to status after
 * @param at when
 * @param by who ({@link dev.vouchers.core.kernel.Actor#describe()})
 * @param why the reason given for the move
 * @param data the move's data
 */
public record InvitationHistoryEntry(
    InvitationId invitation,
    Optional<InvitationStatus> from,
    InvitationStatus to,
    Instant at,
    String by,
    String why,
    Map<String, String> data) {

  /** I-2 holds for every entry (a new invitation is PENDING); the data map is copied. */
  public InvitationHistoryEntry {
    Objects.requireNonNull(invitation, "invitation");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    if (from.isEmpty() ? to != InvitationStatus.PENDING : !from.get().canMoveTo(to)) {
      throw new IllegalArgumentException("not an I-2 move: " + from.orElse(null) + " -> " + to);
    }
    data = Map.copyOf(data);
  }
}
