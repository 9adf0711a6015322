// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.InvitationContractData.invitation;
import static dev.vouchers.testkit.contract.InvitationContractData.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Outbox} port for the invitation e-mails (I-1): the
 * {@link MessageOutboxContract} of every kind, on messages written with new invitations, and
 * what only they carry (a sealed token). Adapter authors implement
 * {@link #newInvitationStorage()} (and {@link #closeInvitationStorage} if it holds resources).
 */
public abstract class InvitationOutboxContract
    extends MessageOutboxContract<InvitationMessage, InvitationStorage> {

  /** A fresh, empty storage. */
  protected abstract InvitationStorage newInvitationStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeInvitationStorage(InvitationStorage storage) throws Exception {}

  @Override
  protected final InvitationStorage newStorage() throws Exception {
    return newInvitationStorage();
  }

  @Override
  protected final void closeStorage(InvitationStorage storage) throws Exception {
    closeInvitationStorage(storage);
  }

  @Override
  protected Outbox<InvitationMessage> outbox() {
    return storage.outbox();
  }

  @Override
  protected Instant createdAt(InvitationMessage message) {
    return message.createdAt();
  }

  /** Writes {@code count} messages the way the core does: with new invitations. */
  @Override
  protected List<InvitationMessage> write(int count) {
    List<InvitationMessage> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      InvitationCreated created = invitation(new PartnerId("p"), T0.plusMillis(i));
      InvitationMessage message = message(created.invitation(), T0.plusMillis(i));
      storage.invitations().insert(created, message);
      messages.add(message);
    }
    return messages;
  }

  @Test
  void theSealedTokenComesBackAsWritten_I1() {
    InvitationMessage written = write(1).get(0);
    InvitationMessage claimed = storage.outbox().claim(1, T0.plusSeconds(1), LEASE).get(0)
        .message();
    assertThat(claimed).isEqualTo(written);
    assertThat(ContractData.VAULT.openSecret(claimed.token(),
        InvitationMessage.sealedWith(claimed.id()))).hasSize(26);
  }
}
