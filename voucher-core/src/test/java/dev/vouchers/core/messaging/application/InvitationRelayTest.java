// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.InvitationFixture.ACME;
import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.messaging.port.out.MessageDelivery;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.messaging.port.out.PermanentDeliveryFailure;
import dev.vouchers.core.programme.application.InvitationFixture;
import dev.vouchers.core.subaccount.domain.InvitationId;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.subaccount.port.in.CancelInvitation;
import dev.vouchers.core.subaccount.port.in.ResendInvitation;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * I-1, I-2: the invitation relay sends what is still worth sending. A message overtaken before
 * it went out (by a resend, a cancellation or the expiry) would only carry a dead link, so it is
 * dropped unsent; the current one goes out once.
 */
class InvitationRelayTest {
  private final InvitationFixture f = InvitationFixture.create();

  private InvitationId invitedNotYetSent(String recipient) {
    return ok(f.tryInvite(ADMIN, ACME, recipient)).id();
  }

  @Test
  void aMessageOvertakenByAResendIsNotSentAndTheResendIs_I2() {
    InvitationId id = invitedNotYetSent("mia@example.ch");
    ok(f.programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(ADMIN,
        id)));

    MessageRelay.RelayRun run = f.relay.relayOnce();

    assertThat(run.claimed()).isEqualTo(2);
    assertThat(run.delivered()).isEqualTo(1);
    assertThat(run.dropped()).as("the first, overtaken").isEqualTo(1);
    assertThat(f.tokens(id)).hasSize(1);
    assertThat(f.tryAccept(f.token(id)).isRight()).isTrue();
    assertThat(f.relay.relayOnce().claimed()).as("nothing left to send").isZero();
  }

  @Test
  void aCancelledInvitationsMessageIsNotSent_I2() {
    InvitationId id = invitedNotYetSent("mia@example.ch");
    ok(f.programme.subAccounts().cancelInvitation().cancel(new CancelInvitation.Command(ADMIN, id,
        "typo")));

    f.relay.relayOnce();

    assertThat(f.inbox).isEmpty();
    assertThat(f.relay.relayOnce().claimed()).isZero();
  }

  @Test
  void anExpiredInvitationsMessageIsNotSent_I2() {
    invitedNotYetSent("mia@example.ch");
    f.advance(Duration.ofDays(31));

    f.relay.relayOnce();

    assertThat(f.inbox).isEmpty();
  }

  @Test
  void aMessageThatCanNeverBeDeliveredIsParkedAndNotTriedAgain_I1() {
    invitedNotYetSent("mia@example.ch");
    MessageRelay<InvitationMessage> refusing = new MessageRelay<>(f.store.invitationOutbox(),
        (message, link) -> {
      throw new PermanentDeliveryFailure("550 5.1.1 no such user");
    }, f.programme.invitationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(5), 10);

    assertThat(refusing.relayOnce()).isEqualTo(new MessageRelay.RelayRun(1, 0, 0, 0, 1, 0));
    assertThat(f.store.invitationOutbox().parkedCount()).isEqualTo(1);
    assertThat(f.store.invitationOutbox().backlog()).isZero();
    f.advance(Duration.ofDays(1));
    assertThat(f.relay.relayOnce().claimed()).isZero();
    assertThat(f.inbox).isEmpty();
  }

  @Test
  void aMessageIsParkedWhenItsLastAllowedAttemptFails_I1() {
    invitedNotYetSent("mia@example.ch");
    MessageRelay<InvitationMessage> failing = new MessageRelay<>(f.store.invitationOutbox(),
        (message, link) -> {
      throw new java.io.IOException("connection refused");
    }, f.programme.invitationLinks(),
        new Outbox.Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1)),
        Duration.ofMinutes(5), 10, 2);

    assertThat(failing.relayOnce().failed()).isEqualTo(1);
    f.advance(Duration.ofSeconds(1));
    assertThat(failing.relayOnce().parked()).isEqualTo(1);
    assertThat(f.store.invitationOutbox().parkedCount()).isEqualTo(1);
  }

  @Test
  void aPendingInvitationsMessageIsSentOnce_I1() {
    InvitationId id = invitedNotYetSent("mia@example.ch");

    f.relay.relayOnce();
    f.relay.relayOnce();

    assertThat(f.tokens(id)).hasSize(1);
  }

  @Test
  void marksThatComeAfterTheClaimPassedToAnotherRelayCountAsLost_I1() {
    InvitationId mia = invitedNotYetSent("mia@example.ch");
    ok(f.programme.subAccounts().resendInvitation().resend(new ResendInvitation.Command(ADMIN,
        mia)));
    invitedNotYetSent("leo@example.ch");
    invitedNotYetSent("zoe@example.ch");
    MessageDelivery<InvitationMessage> delivery = (message, link) -> {
      if (message.recipient().value().startsWith("leo")) {
        throw new java.io.IOException("connection refused");
      }
      if (message.recipient().value().startsWith("zoe")) {
        throw new PermanentDeliveryFailure("550 5.1.1 no such user");
      }
    };
    Outbox<InvitationMessage> late = new LateMarks(f.store.invitationOutbox());

    MessageRelay.RelayRun lost = new MessageRelay<>(late, delivery, f.programme.invitationLinks(),
        Outbox.Backoff.standard(), Duration.ofMinutes(5), 10).relayOnce();
    f.advance(Duration.ofMinutes(6));
    MessageRelay.RelayRun marked = new MessageRelay<>(f.store.invitationOutbox(), delivery,
        f.programme.invitationLinks(), Outbox.Backoff.standard(), Duration.ofMinutes(5), 10)
        .relayOnce();

    assertThat(lost).isEqualTo(new MessageRelay.RelayRun(4, 0, 0, 4, 0, 0));
    assertThat(marked).isEqualTo(new MessageRelay.RelayRun(4, 1, 1, 0, 1, 1));
  }

  /** An outbox whose every mark comes too late: another relay holds the claim by then. */
  private record LateMarks(Outbox<InvitationMessage> delegate)
      implements Outbox<InvitationMessage> {
    @Override
    public java.util.List<Entry<InvitationMessage>> claim(int max, java.time.Instant now,
        Duration lease) {
      return delegate.claim(max, now, lease);
    }

    @Override
    public boolean delivered(Entry<InvitationMessage> claimed, java.time.Instant at) {
      return false;
    }

    @Override
    public boolean failed(Entry<InvitationMessage> claimed, java.time.Instant retryAt,
        String error) {
      return false;
    }

    @Override
    public boolean dropped(Entry<InvitationMessage> claimed, java.time.Instant at) {
      return false;
    }

    @Override
    public boolean parked(Entry<InvitationMessage> claimed, java.time.Instant at, String error) {
      return false;
    }

    @Override
    public long backlog() {
      return delegate.backlog();
    }

    @Override
    public long parkedCount() {
      return delegate.parkedCount();
    }

    @Override
    public java.util.Optional<java.time.Instant> oldestUndelivered() {
      return delegate.oldestUndelivered();
    }
  }
}
