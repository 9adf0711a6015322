// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.memory;

import dev.vouchers.testkit.contract.InvitationsContract;
import dev.vouchers.testkit.contract.InvitationStorage;

/** The in-memory store passes the Invitations contract (I-1..I-3). */
class InMemoryInvitationsContractTest extends InvitationsContract {
  @Override
  protected InvitationStorage newInvitationStorage() {
    return InvitationStorage.of(new InMemoryStore());
  }
}
