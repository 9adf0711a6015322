// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.InvitationOutboxContract;
import dev.vouchers.testkit.contract.InvitationStorage;

/** The in-memory store passes the invitation outbox contract (I-1..I-3). */
class InMemoryInvitationOutboxContractTest extends InvitationOutboxContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationStorage.of(new InMemoryStore());
  }
}
