// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.entry;
import static dev.vouchers.testkit.contract.ContractData.order;
import static dev.vouchers.testkit.contract.ContractData.vouchersFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of the {@link Outbox} port (S-2). */
public abstract class OutboxContract extends StorageContract {
  private static final Duration LEASE = Duration.ofMinutes(5);

  /** Writes {@code count} messages the way the core does: with voucher moves. */
  private List<ActivationMessage> write(int count) {
    Order order = order(new PartnerId("p"), T0, "ssl-dv", count);
    List<Voucher> vouchers = vouchersFor(order);
    assertThat(storage.vouchers().insertOrder(order, vouchers)).isEmpty();
    List<ActivationMessage> messages = new ArrayList<>();
    for (Voucher voucher : vouchers) {
      ActivationMessage message = VouchersContract.message(voucher);
      messages.add(message);
      assertThat(storage.vouchers().update(new VoucherUpdate(voucher,
          voucher.withStatus(VoucherStatus.ASSIGNED).withVersion(voucher.version() + 1),
          Optional.of(entry(voucher, VoucherStatus.ASSIGNED, T0)), List.of(message)))).isTrue();
    }
    return messages;
  }

  @Test
  void claimsPendingMessagesUpToTheMaximum_S2() {
    List<ActivationMessage> written = write(3);
    List<Outbox.OutboxEntry> claimed = storage.outbox().claim(2, T0.plusSeconds(1), LEASE);
    assertThat(claimed).hasSize(2);
    assertThat(claimed).extracting(Outbox.OutboxEntry::message).isSubsetOf(written);
    assertThat(claimed).extracting(Outbox.OutboxEntry::attempts).containsOnly(0);
    assertThat(storage.outbox().backlog()).isEqualTo(3);
  }

  @Test
  void aClaimedMessageIsNotClaimedAgainWithinItsLease_S2() {
    write(2);
    Instant now = T0.plusSeconds(1);
    List<MessageId> first = Outbox.ids(storage.outbox().claim(1, now, LEASE));
    List<MessageId> second = Outbox.ids(storage.outbox().claim(10, now.plusSeconds(1), LEASE));
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
    assertThat(storage.outbox().claim(10, now.plusSeconds(2), LEASE)).isEmpty();
  }

  @Test
  void aMessageWhoseLeaseRanOutIsClaimedAgain_S2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    List<MessageId> first = Outbox.ids(storage.outbox().claim(1, now, LEASE));
    List<Outbox.OutboxEntry> again = storage.outbox().claim(1, now.plus(LEASE).plusSeconds(1), LEASE);
    assertThat(Outbox.ids(again)).isEqualTo(first);
    assertThat(again.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aDeliveredMessageIsNeverClaimedAgain_S2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.OutboxEntry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    assertThat(storage.outbox().delivered(claimed, now.plusSeconds(1))).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().delivered(claimed, now.plusSeconds(2))).isFalse();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aFailedMessageIsRetriedAtItsRetryTime_S2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.OutboxEntry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    MessageId id = claimed.message().id();
    Instant retryAt = now.plusSeconds(30);
    assertThat(storage.outbox().failed(claimed, retryAt, "smtp down")).isTrue();
    assertThat(storage.outbox().claim(1, retryAt.minusMillis(1), LEASE)).isEmpty();
    assertThat(Outbox.ids(storage.outbox().claim(1, retryAt, LEASE))).containsExactly(id);
    assertThat(storage.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotMarkAMessageClaimedSince_S2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.OutboxEntry stale = storage.outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    Outbox.OutboxEntry current = storage.outbox().claim(1, later, LEASE).get(0);

    // the first relay comes back late: neither mark may cut the second relay's lease short
    assertThat(storage.outbox().failed(stale, later, "timeout")).isFalse();
    assertThat(storage.outbox().delivered(stale, later)).isFalse();
    assertThat(storage.outbox().claim(1, later.plusSeconds(1), LEASE)).isEmpty();
    assertThat(storage.outbox().backlog()).isEqualTo(1);

    assertThat(storage.outbox().delivered(current, later.plusSeconds(2))).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
  }

  @Test
  void theOldestUndeliveredMessageIsKnownUntilItIsDelivered_S2() {
    assertThat(storage.outbox().oldestUndelivered()).isEmpty();
    List<ActivationMessage> written = write(2);
    Instant now = T0.plusSeconds(1);
    assertThat(storage.outbox().oldestUndelivered()).isEqualTo(written.stream()
        .map(ActivationMessage::createdAt).min(Instant::compareTo));
    for (Outbox.OutboxEntry entry : storage.outbox().claim(10, now, LEASE)) {
      assertThat(storage.outbox().delivered(entry, now)).isTrue();
    }
    assertThat(storage.outbox().oldestUndelivered()).isEmpty();
  }

  @Test
  void aDroppedMessageIsNeverClaimedAgainAndIsNotParked_G2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.OutboxEntry claimed = storage.outbox().claim(1, now, LEASE).get(0);
    assertThat(storage.outbox().dropped(claimed, now)).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().parkedCount()).isZero();
    assertThat(storage.outbox().oldestUndelivered()).isEmpty();
    assertThat(storage.outbox().delivered(claimed, now)).isFalse();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aParkedMessageIsCountedAndNeverClaimedAgain_S2() {
    write(2);
    Instant now = T0.plusSeconds(1);
    List<Outbox.OutboxEntry> claimed = storage.outbox().claim(2, now, LEASE);
    assertThat(storage.outbox().parkedCount()).isZero();
    assertThat(storage.outbox().parked(claimed.get(0), now, "550 mailbox unavailable")).isTrue();
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
    assertThat(storage.outbox().backlog()).isEqualTo(1);
    assertThat(storage.outbox().failed(claimed.get(0), now, "again")).isFalse();
    assertThat(storage.outbox().delivered(claimed.get(1), now)).isTrue();
    assertThat(storage.outbox().backlog()).isZero();
    assertThat(storage.outbox().oldestUndelivered()).isEmpty();
    assertThat(storage.outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    assertThat(storage.outbox().parkedCount()).isEqualTo(1);
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotParkOrDropAMessageClaimedSince_S2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.OutboxEntry stale = storage.outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    Outbox.OutboxEntry current = storage.outbox().claim(1, later, LEASE).get(0);
    assertThat(storage.outbox().parked(stale, later, "timeout")).isFalse();
    assertThat(storage.outbox().dropped(stale, later)).isFalse();
    assertThat(storage.outbox().parkedCount()).isZero();
    assertThat(storage.outbox().backlog()).isEqualTo(1);
    assertThat(storage.outbox().delivered(current, later)).isTrue();
  }

  @Test
  void nothingIsClaimedBeforeItWasWritten_S2() {
    write(1);
    assertThat(storage.outbox().claim(10, T0.minusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void concurrentClaimsNeverReturnTheSameMessage_S2() throws Exception {
    write(40);
    List<MessageId> all = Relays.drainAtOnce(4,
        () -> Outbox.ids(storage.outbox().claim(3, T0.plusSeconds(1), LEASE)));
    assertThat(all).hasSize(40);
    assertThat(new HashSet<>(all)).hasSize(40);
  }
}
