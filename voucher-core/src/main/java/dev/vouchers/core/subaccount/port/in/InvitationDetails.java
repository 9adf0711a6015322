// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import java.util.List;

/**
 * An invitation with its history (I-2).
 *
 * @param invitation the invitation
 * @param history every move, oldest first (the first is the invitation being sent)
 */
public record InvitationDetails(InvitationView invitation, List<InvitationHistoryEntry> history) {
  /** Copies the history. */
  public InvitationDetails {
    history = List.copyOf(history);
  }
}
