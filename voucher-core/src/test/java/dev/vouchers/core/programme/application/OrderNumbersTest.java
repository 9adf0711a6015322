// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PLATFORM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.port.in.FindOrderByNumber;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderNumbersTest {
  private final ProgrammeFixture f = ProgrammeFixture.create();

  @Test
  void everyPlacedOrderHasItsOwnNumber_M4() {
    Set<Long> numbers = new HashSet<>();
    for (int i = 0; i < 50; i++) {
      Order order = f.order(line(SMIME_1Y, 1));
      assertThat(order.number().toString()).matches("[1-9][0-9]{8}");
      numbers.add(order.number().value());
      assertThat(f.store.vouchers().order(order.id()).orElseThrow().number()).isEqualTo(order.number());
    }
    assertThat(numbers).hasSize(50);
  }

  @Test
  void aTakenNumberIsDrawnAgainAndTheOrderStoredOnce_M4() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(
        store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].takenNumbers.set(2);

    Order order = g.order(line(SMIME_1Y, 2));

    assertThat(scripted[0].numberAttempts).hasSize(3).doesNotHaveDuplicates()
        .endsWith(order.number());
    assertThat(g.store.vouchers().orders(OrderFilter.all(ACME), PageRequest.first(10)).items())
        .extracting(Order::number).containsExactly(order.number());
  }

  @Test
  void numbersThatKeepBeingTakenGiveUpWithoutStoringAnything_M4_L4() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(
        store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].takenNumbers.set(Integer.MAX_VALUE);

    assertThat(refused(g.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1)))).codes())
        .containsExactly(ReasonCode.CONCURRENT_UPDATE);
    assertThat(g.store.vouchers().orders(OrderFilter.all(ACME), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void thePartnerAndStaffFindTheOrderByItsNumberAsPeopleWriteIt_M4() {
    Order order = f.order(line(SMIME_1Y, 1));
    for (String typed : new String[] {order.number().toString(), order.number().grouped(),
        order.number().grouped().replace(' ', '-')}) {
      assertThat(ok(f.programme.ordering().findOrderByNumber().find(
          new FindOrderByNumber.Command(ALICE, typed))).id()).isEqualTo(order.id());
    }
    assertThat(ok(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(SUPPORT, order.number().grouped()))).id())
        .isEqualTo(order.id());
    assertThat(ok(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(PLATFORM, order.number().toString()))).id())
        .isEqualTo(order.id());
  }

  @Test
  void anotherPartnersNumberIsNotFoundLikeANumberNobodyHas_M4_A1() {
    Order order = f.order(line(SMIME_1Y, 1));
    long other = order.number().value() == 999_999_999L ? 100_000_000L
        : order.number().value() + 1;

    var foreign = refused(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(BOB, order.number().toString())));
    var missing = refused(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(BOB, Long.toString(other))));

    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void whatIsNotAnOrderNumberIsRefusedWithoutALookup_M4_L4() {
    assertThat(refused(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(ALICE, "12 34"))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refused(f.programme.ordering().findOrderByNumber().find(
        new FindOrderByNumber.Command(ALICE, "x".repeat(10_000)))).codes())
        .containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void consecutiveOrdersDoNotHaveConsecutiveNumbers_M4() {
    Order previous = f.order(line(SMIME_1Y, 1));
    for (int i = 0; i < 20; i++) {
      Order next = f.order(line(SMIME_1Y, 1));
      assertThat(next.number().value()).isNotEqualTo(previous.number().value() + 1);
      previous = next;
    }
  }
}
