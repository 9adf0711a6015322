// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.messaging.port.out.Outbox;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * G-2, S-2: which claimed activation e-mail is still worth sending: only the one the voucher's
 * current assignment wrote, while the voucher is ASSIGNED and not expired.
 */
class ActivationCurrentTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();
  private final VoucherId id = f.single(SMIME_1Y).id();

  private void send(String recipient) {
    ok(f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(ALICE, id, recipient, "Hello")));
  }

  /** Every message in the outbox, oldest first, left in it. */
  private List<ActivationMessage> messages() {
    List<Outbox.Entry<ActivationMessage>> claimed =
        f.store.outbox().claim(Integer.MAX_VALUE, f.clock.instant(), Duration.ofSeconds(1));
    claimed.forEach(entry -> f.store.outbox().failed(entry, f.clock.instant(), "read by the test"));
    return claimed.stream().map(Outbox.Entry<ActivationMessage>::message).toList();
  }

  @Test
  void theMessageOfTheCurrentAssignmentIsCurrent_G2() {
    send("jane@customer.example");
    assertThat(messages()).singleElement()
        .satisfies(m -> assertThat(f.programme.activationLinks().current(m)).isTrue());
  }

  @Test
  void aResendToAnotherAddressOvertakesTheEarlierMessage_G2() {
    send("jane@customer.example");
    send("joe@customer.example");

    List<ActivationMessage> messages = messages();
    assertThat(messages).hasSize(2);
    assertThat(messages).filteredOn(m -> f.programme.activationLinks().current(m))
        .singleElement().satisfies(m -> assertThat(m.recipient().value())
            .isEqualTo("joe@customer.example"));
  }

  @Test
  void aResendToTheSameAddressAtTheSameInstantOvertakesByItsLinkToken_G2() {
    send("jane@customer.example");
    send("jane@customer.example");

    List<ActivationMessage> messages = messages();
    assertThat(messages).hasSize(2);
    assertThat(messages.stream().map(f.programme.activationLinks()::current))
        .containsExactlyInAnyOrder(true, false);
  }

  @Test
  void aMessageOfAVoucherThatExpiredBeforeTheSweepIsNotCurrent_V4_G2() {
    send("jane@customer.example");
    f.advance(Duration.between(f.clock.instant(), f.stored(id).expiresAt()).plusSeconds(1));

    assertThat(messages()).singleElement()
        .satisfies(m -> assertThat(f.programme.activationLinks().current(m)).isFalse());
  }
}
