// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.application;

import static dev.vouchers.core.programme.application.InvitationFixture.ACME;
import static dev.vouchers.core.programme.application.InvitationFixture.ADMIN;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.messaging.application.MessageRelay.RelayRun;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.programme.application.InvitationFixture;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import dev.vouchers.core.subaccount.domain.InvitationMessage;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S-2, I-1: the smallest batch an e-mail relay claims is one message (issue 18, session 6: the
 * boundary of both relays' batch size had no test); such a relay sends one message a run.
 */
class RelayBatchOfOneTest {
  private static final Duration LEASE = Duration.ofMinutes(1);

  @Test
  void anActivationRelayOfBatchSizeOneSendsOneLinkARun_S2() {
    ProgrammeFixture f = ProgrammeFixture.create();
    for (int i = 0; i < 2; i++) {
      ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
          f.single(SMIME_1Y).id(), "jane" + i + "@customer.example", "Hello")));
    }
    List<Object> sent = new ArrayList<>();
    MessageRelay<ActivationMessage> relay = new MessageRelay<>(f.store.outbox(), (message,
        link) -> sent.add(message),
        f.programme.activationLinks(), Outbox.Backoff.standard(), LEASE, 1);

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));
    assertThat(sent).hasSize(2).doesNotHaveDuplicates();
  }

  @Test
  void anInvitationRelayOfBatchSizeOneSendsOneInvitationARun_I1() {
    InvitationFixture f = InvitationFixture.create();
    ok(f.tryInvite(ADMIN, ACME, "mia@example.ch"));
    ok(f.tryInvite(ADMIN, ACME, "noah@example.ch"));
    List<Object> sent = new ArrayList<>();
    MessageRelay<InvitationMessage> relay = new MessageRelay<>(f.store.invitationOutbox(),
        (message, link) -> sent.add(message), f.programme.invitationLinks(),
            Outbox.Backoff.standard(), LEASE, 1);

    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(1, 1, 0, 0));
    assertThat(relay.relayOnce()).isEqualTo(new RelayRun(0, 0, 0, 0));
    assertThat(sent).hasSize(2).doesNotHaveDuplicates();
  }
}
