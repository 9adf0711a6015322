// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.subaccount.domain.InvitationMessage;

/** I-1: the invitation e-mails' outbox in memory, written by the invitations' moves. */
final class MemoryInvitationOutbox extends MessageOutbox<InvitationMessage, InvitationOutbox.Entry>
    implements InvitationOutbox {

  MemoryInvitationOutbox(MemoryState state) {
    super(state, state.invitationOutbox, Entry::new, Entry::message, Entry::attempts);
  }
}
