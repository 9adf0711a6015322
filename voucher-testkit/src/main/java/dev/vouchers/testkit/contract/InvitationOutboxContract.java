// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.InvitationContractData.invitation;
import static dev.vouchers.testkit.contract.InvitationContractData.message;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.InvitationOutbox;
import dev.vouchers.core.subaccount.domain.InvitationCreated;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of the {@link InvitationOutbox} port (I-1: the invitation e-mails). */
public abstract class InvitationOutboxContract extends InvitationStorageContract {
  private static final Duration LEASE = Duration.ofMinutes(5);

  /** Writes {@code count} messages the way the core does: with new invitations. */
  private List<InvitationMessage> write(int count) {
    List<InvitationMessage> messages = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      InvitationCreated created = invitation(new PartnerId("p"), T0.plusMillis(i));
      InvitationMessage message = message(created.invitation(), T0.plusMillis(i));
      storage.invitations().insert(created, message);
      messages.add(message);
    }
    return messages;
  }

  private static List<MessageId> ids(List<InvitationOutbox.Entry> entries) {
    return entries.stream().map(e -> e.message().id()).toList();
  }

  @Test
  void claimsDueMessagesOldestFirstUpToTheMaximum_I1() {
    List<InvitationMessage> written = write(3);
    List<InvitationOutbox.Entry> claimed = storage.outbox().claim(2, T0.plusSeconds(1), LEASE);
    assertThat(claimed).extracting(InvitationOutbox.Entry::message)
        .containsExactlyElementsOf(written.subList(0, 2));
    assertThat(claimed).extracting(InvitationOutbox.Entry::attempts).containsOnly(0);
    assertThat(storage.outbox().backlog()).isEqualTo(3);
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

  @Test
  void nothingIsClaimedBeforeItWasWritten_I1() {
    write(1);
    assertThat(storage.outbox().claim(10, T0.minusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void aClaimIsALease_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    List<MessageId> first = ids(storage.outbox().claim(1, now, LEASE));
    assertThat(storage.outbox().claim(1, now.plusSeconds(1), LEASE)).isEmpty();
    List<InvitationOutbox.Entry> again =
        storage.outbox().claim(1, now.plus(LEASE).plusSeconds(1), LEASE);
    assertThat(ids(again)).isEqualTo(first);
    assertThat(again.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aDeliveredMessageIsNeverClaimedAgain_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    InvitationOutbox.Entry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    assertThat(storage.outbox().delivered(claimed, now.plusSeconds(1))).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().delivered(claimed, now.plusSeconds(2))).isFalse();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aFailedMessageIsRetriedAtItsRetryTime_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    InvitationOutbox.Entry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    Instant retryAt = now.plusSeconds(30);
    assertThat(storage.outbox().failed(claimed, retryAt, "smtp down")).isTrue();
    assertThat(storage.outbox().claim(1, retryAt.minusMillis(1), LEASE)).isEmpty();
    assertThat(ids(storage.outbox().claim(1, retryAt, LEASE)))
        .containsExactly(claimed.message().id());
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotMarkAMessageClaimedSince_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    InvitationOutbox.Entry stale = storage.outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    InvitationOutbox.Entry current = storage.outbox().claim(1, later, LEASE).get(0);
    assertThat(storage.outbox().failed(stale, later, "timeout")).isFalse();
    assertThat(storage.outbox().delivered(stale, later)).isFalse();
    assertThat(storage.outbox().claim(1, later.plusSeconds(1), LEASE)).isEmpty();
    assertThat(storage.outbox().delivered(current, later.plusSeconds(2))).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
  }

  @Test
  void aDroppedMessageIsNeverClaimedAgainAndIsNotParked_I2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    InvitationOutbox.Entry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    assertThat(storage.outbox().dropped(claimed, now)).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().parkedCount()).isZero();
    assertThat(storage.outbox().delivered(claimed, now)).isFalse();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aParkedMessageIsCountedAndNeverClaimedAgain_I1() {
    write(2);
    Instant now = T0.plusSeconds(1);
    List<InvitationOutbox.Entry> claimed = storage.outbox().claim(2, now, LEASE);
    assertThat(storage.outbox().parked(claimed.get(0), now, "550 mailbox unavailable")).isTrue();
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
    assertThat(storage.outbox().backlog()).isEqualTo(1);
    assertThat(storage.outbox().failed(claimed.get(0), now, "again")).isFalse();
    assertThat(storage.outbox().delivered(claimed.get(1), now)).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotParkOrDropAMessageClaimedSince_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    InvitationOutbox.Entry stale = storage.outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    InvitationOutbox.Entry current = storage.outbox().claim(1, later, LEASE).get(0);
    assertThat(storage.outbox().parked(stale, later, "timeout")).isFalse();
    assertThat(storage.outbox().dropped(stale, later)).isFalse();
    assertThat(storage.outbox().parkedCount()).isZero();
    assertThat(storage.outbox().delivered(current, later)).isTrue();
  }

  @Test
  void concurrentClaimsNeverReturnTheSameMessage_I1() throws Exception {
    write(24);
    List<MessageId> all = Relays.drainAtOnce(4,
        () -> ids(storage.outbox().claim(3, T0.plusSeconds(1), LEASE)));
    assertThat(all).hasSize(24);
    assertThat(new HashSet<>(all)).hasSize(24);
  }
}
