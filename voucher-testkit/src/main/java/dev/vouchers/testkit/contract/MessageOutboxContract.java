// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OutboxMessage;
import dev.vouchers.core.messaging.port.out.Outbox;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of the {@link Outbox} port, the same for every kind of message (S-2: activation
 * e-mails, I-1: invitation e-mails): claims are leases, oldest first, never the same message
 * twice at once; marks are fenced by the claim; a message ends delivered, dropped or parked.
 * {@link OutboxContract} and {@link InvitationOutboxContract} run it on their kind, writing
 * the messages the way the core does.
 *
 * @param <M> the kind of message
 * @param <S> the storage the kind's messages are written through
 */
public abstract class MessageOutboxContract<M extends OutboxMessage, S> {
  /** How long a claim is held. */
  protected static final Duration LEASE = Duration.ofMinutes(5);

  /** The storage under test, new for each test. */
  protected S storage;

  /** A fresh, empty storage. */
  protected abstract S newStorage() throws Exception;

  /** Releases the storage (override when it holds resources). */
  protected void closeStorage(S storage) throws Exception {}

  /** The outbox of the kind under test. */
  protected abstract Outbox<M> outbox();

  /**
   * Writes {@code count} messages the way the core does (in the step that makes them, at
   * {@code T0} or just after), one after the other.
   *
   * @return the messages in the order they were written
   */
  protected abstract List<M> write(int count);

  /** When a message was written. */
  protected abstract Instant createdAt(M message);

  @BeforeEach
  final void createOutboxStorage() throws Exception {
    storage = newStorage();
  }

  @AfterEach
  final void releaseOutboxStorage() throws Exception {
    closeStorage(storage);
  }

  private static <M extends OutboxMessage> List<MessageId> ids(List<Outbox.Entry<M>> entries) {
    return Outbox.ids(entries);
  }

  @Test
  void claimsDueMessagesOldestFirstUpToTheMaximum_S2_I1() {
    List<M> written = write(3);
    List<Outbox.Entry<M>> claimed = outbox().claim(2, T0.plusSeconds(1), LEASE);
    assertThat(claimed).extracting(Outbox.Entry::message)
        .containsExactlyElementsOf(written.subList(0, 2));
    assertThat(claimed).extracting(Outbox.Entry::attempts).containsOnly(0);
    assertThat(outbox().backlog()).isEqualTo(3);
  }

  @Test
  void aClaimedMessageIsNotClaimedAgainWithinItsLease_S2_I1() {
    write(2);
    Instant now = T0.plusSeconds(1);
    List<MessageId> first = ids(outbox().claim(1, now, LEASE));
    List<MessageId> second = ids(outbox().claim(10, now.plusSeconds(1), LEASE));
    assertThat(second).hasSize(1).doesNotContainAnyElementsOf(first);
    assertThat(outbox().claim(10, now.plusSeconds(2), LEASE)).isEmpty();
  }

  @Test
  void aMessageWhoseLeaseRanOutIsClaimedAgain_S2_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    List<MessageId> first = ids(outbox().claim(1, now, LEASE));
    List<Outbox.Entry<M>> again = outbox().claim(1, now.plus(LEASE).plusSeconds(1), LEASE);
    assertThat(ids(again)).isEqualTo(first);
    assertThat(again.get(0).attempts()).isEqualTo(1);
  }

  @Test
  void aDeliveredMessageIsNeverClaimedAgain_S2_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.Entry<M> claimed = outbox().claim(1, now, LEASE).get(0);
    assertThat(outbox().delivered(claimed, now.plusSeconds(1))).isTrue();
    assertThat(outbox().backlog()).isZero();
    assertThat(outbox().delivered(claimed, now.plusSeconds(2))).isFalse();
    assertThat(outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aFailedMessageIsRetriedAtItsRetryTime_S2_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.Entry<M> claimed = outbox().claim(1, now, LEASE).get(0);
    MessageId id = claimed.message().id();
    Instant retryAt = now.plusSeconds(30);
    assertThat(outbox().failed(claimed, retryAt, "smtp down")).isTrue();
    assertThat(outbox().claim(1, retryAt.minusMillis(1), LEASE)).isEmpty();
    assertThat(ids(outbox().claim(1, retryAt, LEASE))).containsExactly(id);
    assertThat(outbox().backlog()).isEqualTo(1);
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotMarkAMessageClaimedSince_S2_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.Entry<M> stale = outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    Outbox.Entry<M> current = outbox().claim(1, later, LEASE).get(0);

    // the first relay comes back late: neither mark may cut the second relay's lease short
    assertThat(outbox().failed(stale, later, "timeout")).isFalse();
    assertThat(outbox().delivered(stale, later)).isFalse();
    assertThat(outbox().claim(1, later.plusSeconds(1), LEASE)).isEmpty();
    assertThat(outbox().backlog()).isEqualTo(1);

    assertThat(outbox().delivered(current, later.plusSeconds(2))).isTrue();
    assertThat(outbox().backlog()).isZero();
  }

  @Test
  void theOldestUndeliveredMessageIsKnownUntilItIsDelivered_S2_I1() {
    assertThat(outbox().oldestUndelivered()).isEmpty();
    List<M> written = write(2);
    Instant now = T0.plusSeconds(1);
    assertThat(outbox().oldestUndelivered()).isEqualTo(written.stream()
        .map(this::createdAt).min(Instant::compareTo));
    for (Outbox.Entry<M> entry : outbox().claim(10, now, LEASE)) {
      assertThat(outbox().delivered(entry, now)).isTrue();
    }
    assertThat(outbox().oldestUndelivered()).isEmpty();
  }

  @Test
  void aDroppedMessageIsNeverClaimedAgainAndIsNotParked_G2_I2() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.Entry<M> claimed = outbox().claim(1, now, LEASE).get(0);
    assertThat(outbox().dropped(claimed, now)).isTrue();
    assertThat(outbox().backlog()).isZero();
    assertThat(outbox().parkedCount()).isZero();
    assertThat(outbox().oldestUndelivered()).isEmpty();
    assertThat(outbox().delivered(claimed, now)).isFalse();
    assertThat(outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
  }

  @Test
  void aParkedMessageIsCountedAndNeverClaimedAgain_S2_I1() {
    write(2);
    Instant now = T0.plusSeconds(1);
    List<Outbox.Entry<M>> claimed = outbox().claim(2, now, LEASE);
    assertThat(outbox().parkedCount()).isZero();
    assertThat(outbox().parked(claimed.get(0), now, "550 mailbox unavailable")).isTrue();
    assertThat(outbox().parkedCount()).isEqualTo(1);
    assertThat(outbox().backlog()).isEqualTo(1);
    assertThat(outbox().failed(claimed.get(0), now, "again")).isFalse();
    assertThat(outbox().delivered(claimed.get(1), now)).isTrue();
    assertThat(outbox().backlog()).isZero();
    assertThat(outbox().oldestUndelivered()).isEmpty();
    assertThat(outbox().claim(10, now.plus(Duration.ofDays(1)), LEASE)).isEmpty();
    assertThat(outbox().parkedCount()).isEqualTo(1);
  }

  @Test
  void aRelayWhoseLeaseRanOutCannotParkOrDropAMessageClaimedSince_S2_I1() {
    write(1);
    Instant now = T0.plusSeconds(1);
    Outbox.Entry<M> stale = outbox().claim(1, now, LEASE).get(0);
    Instant later = now.plus(LEASE).plusSeconds(1);
    Outbox.Entry<M> current = outbox().claim(1, later, LEASE).get(0);
    assertThat(outbox().parked(stale, later, "timeout")).isFalse();
    assertThat(outbox().dropped(stale, later)).isFalse();
    assertThat(outbox().parkedCount()).isZero();
    assertThat(outbox().backlog()).isEqualTo(1);
    assertThat(outbox().delivered(current, later)).isTrue();
  }

  @Test
  void nothingIsClaimedBeforeItWasWritten_S2_I1() {
    write(1);
    assertThat(outbox().claim(10, T0.minusSeconds(1), LEASE)).isEmpty();
  }

  @Test
  void concurrentClaimsNeverReturnTheSameMessage_S2_I1() throws Exception {
    write(40);
    List<MessageId> all = Relays.drainAtOnce(4,
        () -> ids(outbox().claim(3, T0.plusSeconds(1), LEASE)));
    assertThat(all).hasSize(40);
    assertThat(new HashSet<>(all)).hasSize(40);
  }
}
