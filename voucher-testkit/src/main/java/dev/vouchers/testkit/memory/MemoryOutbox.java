// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.voucher.domain.ActivationMessage;

/** S-2: the activation e-mails' outbox in memory, written by the vouchers' moves. */
final class MemoryOutbox extends MessageOutbox<ActivationMessage, Outbox.OutboxEntry>
    implements Outbox {

  MemoryOutbox(MemoryState state) {
    super(state, state.outbox, OutboxEntry::new, OutboxEntry::message, OutboxEntry::attempts);
  }
}
