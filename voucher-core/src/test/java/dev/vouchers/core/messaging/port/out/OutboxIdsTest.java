// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.messaging.port.out;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.programme.application.ProgrammeFixture;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * S-2: the ids of a claimed batch, as the outbox contracts compare claims by them (issue 18,
 * session 6: the testkit's contract suites, which use it, do not run in the core's mutation run).
 */
class OutboxIdsTest {

  @Test
  void theIdsOfAClaimAreThoseOfItsMessagesInClaimOrder_S2() {
    ProgrammeFixture f = ProgrammeFixture.create();
    for (int i = 0; i < 2; i++) {
      ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
          f.single(SMIME_1Y).id(), "jane" + i + "@customer.example", "Hello")));
    }
    List<Outbox.Entry<ActivationMessage>> claimed = f.store.outbox().claim(10, f.clock.instant(),
        Duration.ofMinutes(1));
    List<MessageId> expected = new ArrayList<>();
    claimed.forEach(entry -> expected.add(entry.message().id()));

    assertThat(Outbox.ids(claimed)).hasSize(2).doesNotHaveDuplicates()
        .containsExactlyElementsOf(expected);
    assertThat(Outbox.ids(List.of())).isEmpty();
  }
}
