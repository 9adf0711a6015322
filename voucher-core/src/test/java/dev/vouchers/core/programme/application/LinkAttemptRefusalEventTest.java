// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.CUSTOMER;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.programme.domain.ProgrammeEvent;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.CallerKey;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.testkit.memory.InMemoryCodeAttempts;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * G-1, G-2: following activation links counts as a code attempt; a caller at its limit is
 * refused with TOO_MANY_ATTEMPTS, and that refusal (only that one) is told to the programme's
 * listener like a look-up's, for metrics and alerts.
 */
class LinkAttemptRefusalEventTest {
  private static final CallerKey MALLORY = CallerKey.of("ip:203.0.113.66");

  private final List<ProgrammeEvent> events = new CopyOnWriteArrayList<>();
  private final ProgrammeFixture f = ProgrammeFixture.withAttempts(new InMemoryCodeAttempts(),
      events::add, s -> s, store -> store);

  private List<ProgrammeEvent.Refused> refusedLinks() {
    return events.stream().filter(ProgrammeEvent.Refused.class::isInstance)
        .map(ProgrammeEvent.Refused.class::cast)
        .filter(r -> r.useCase().equals("FollowActivationLink")).toList();
  }

  @Test
  void aCallerAtItsLimitIsRefusedAndOnlyThatRefusalIsTold_G1_G2() {
    int limit = AttemptLimit.defaults().maxFailures();
    for (int i = 0; i < limit; i++) {
      assertThat(refused(f.programme.vouchers().followActivationLink().follow(
          new FollowActivationLink.Command(CUSTOMER, "dead-link-" + i, MALLORY))).codes())
          .containsExactly(ReasonCode.CODE_NOT_REDEEMABLE);
    }
    assertThat(refusedLinks()).isEmpty();

    var blocked = refused(f.programme.vouchers().followActivationLink().follow(
        new FollowActivationLink.Command(CUSTOMER, "dead-link-x", MALLORY)));

    assertThat(blocked.codes()).containsExactly(ReasonCode.TOO_MANY_ATTEMPTS);
    assertThat(refusedLinks()).singleElement().satisfies(r -> {
      assertThat(r.refusal()).isEqualTo(blocked);
      assertThat(r.at()).isEqualTo(f.clock.instant());
    });
  }
}
