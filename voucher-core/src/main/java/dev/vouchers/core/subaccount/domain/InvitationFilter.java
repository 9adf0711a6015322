// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.PartnerId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * I-2: which of a partner's invitations to list. Statuses are matched as seen at
 * {@code asOf}: a PENDING invitation past its expiry counts as EXPIRED.
 *
 * @param partner whose invitations
 * @param statuses statuses to include (empty: all)
 * @param asOf the instant the statuses are evaluated at
 */
public record InvitationFilter(PartnerId partner, Set<InvitationStatus> statuses, Instant asOf) {
  /** Copies the statuses. */
  public InvitationFilter {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(asOf, "asOf");
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
  }

  /** Every invitation of the partner. */
  public static InvitationFilter all(PartnerId partner, Instant asOf) {
    return new InvitationFilter(partner, Set.of(), asOf);
  }

  /** Whether the invitation passes the filter. */
  public boolean matches(Invitation invitation) {
    return invitation.partner().equals(partner)
        && (statuses.isEmpty() || statuses.contains(invitation.statusAt(asOf)));
  }
}
