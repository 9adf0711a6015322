// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import org.junit.jupiter.api.Test;

/**
 * M-4: an order whose drawn number is taken draws again, ten times (the limit of
 * {@code OrderingService}); the eleventh taken number gives up with nothing stored (L-4).
 */
class OrderNumberRetryLimitTest {

  /** How many taken numbers an order survives. */
  private static final int RETRIES = 10;

  private static ProgrammeFixture taking(int taken, ScriptedVouchers[] scripted) {
    ProgrammeFixture g = ProgrammeFixture.withVouchers(
        store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].takenNumbers.set(taken);
    return g;
  }

  @Test
  void anOrderIsPlacedAfterTenTakenNumbers_M4() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = taking(RETRIES, scripted);

    Order order = g.order(line(SMIME_1Y, 1));

    assertThat(scripted[0].numberAttempts).hasSize(RETRIES + 1).endsWith(order.number());
    assertThat(g.store.vouchers().orders(OrderFilter.all(ACME), PageRequest.first(10)).items())
        .extracting(Order::number).containsExactly(order.number());
  }

  @Test
  void theEleventhTakenNumberGivesUpWithNothingStored_M4_L4() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = taking(RETRIES + 1, scripted);

    assertThat(refused(g.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1)))).codes())
        .containsExactly(ReasonCode.CONCURRENT_UPDATE);
    assertThat(scripted[0].numberAttempts).hasSize(RETRIES + 1);
    assertThat(g.store.vouchers().orders(OrderFilter.all(ACME), PageRequest.first(10)).items()).isEmpty();
  }
}
