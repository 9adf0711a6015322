// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.AGENT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.testkit.memory.InMemoryIdempotencyKeys;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * G-3 for the commands of {@link ProgrammeFixture}'s programme: an order and an activation link
 * once per key and caller, the order's codes answered again (sealed while kept).
 */
class IdempotentOrdersTest {
  private static final IdempotencyKey KEY = IdempotencyKey.of("order-2025-03-03-0001");

  private final ProgrammeFixture f =
      ProgrammeFixture.withIdempotencyKeys(new InMemoryIdempotencyKeys());

  private OrderVouchers.Command order(Actor by, int quantity) {
    return new OrderVouchers.Command(by, ACME, request(line(SMIME_1Y, quantity)))
        .withIdempotencyKey(KEY);
  }

  @Test
  void anOrderIsPlacedOncePerKeyAndAnsweredAgainWithItsCodes_G3_O4() {
    PlacedOrder first = ok(f.programme.ordering().orderVouchers().order(order(ALICE, 3)));
    f.advance(Duration.ofMinutes(10));

    PlacedOrder again = ok(f.programme.ordering().orderVouchers().order(order(ALICE, 3)));

    assertThat(again.order().id()).isEqualTo(first.order().id());
    assertThat(again.codes()).hasSize(3).isEqualTo(first.codes());
    assertThat(f.vouchersOf(first.order())).hasSize(3);
    assertThat(refused(f.programme.ordering().orderVouchers().order(order(ALICE, 4))).codes())
        .containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void anotherUsersSameKeyIsAnotherRequest_G3() {
    PlacedOrder alices = ok(f.programme.ordering().orderVouchers().order(order(ALICE, 1)));
    PlacedOrder sams = ok(f.programme.ordering().orderVouchers().order(order(AGENT, 1)));

    assertThat(sams.order().id()).isNotEqualTo(alices.order().id());
    assertThat(sams.codes()).doesNotContainAnyElementsOf(alices.codes());
  }

  @Test
  void anActivationLinkIsSentOncePerKey_G3_S2() {
    VoucherId id = f.single(SMIME_1Y).id();
    SendActivationLink.Command send = new SendActivationLink.Command(ALICE, id,
        "jane@customer.example", "Hello").withIdempotencyKey(KEY);

    VoucherView first = ok(f.programme.vouchers().sendActivationLink().send(send));
    VoucherView again = ok(f.programme.vouchers().sendActivationLink().send(send));

    assertThat(again.id()).isEqualTo(first.id());
    assertThat(again.status()).isEqualTo(first.status());
    assertThat(f.store.outbox().backlog()).as("one e-mail").isEqualTo(1);
    assertThat(refused(f.programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(
        ALICE, id, "joe@customer.example", "Hello").withIdempotencyKey(KEY))).codes())
        .containsExactly(ReasonCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void everyKindOfCallerHasScopesOfItsOwnAndARoleChangeKeepsTheScope_G3() {
    List<Actor> callers = List.of(
        new Actor.PartnerUser(new UserId("x"), ACME, PartnerRole.ADMIN),
        Actor.VendorStaff.of(new UserId("x"), StaffRole.SUPPORT),
        new Actor.Service("x"),
        new Actor.CodeHolder("x"),
        new Actor.PartnerUser(new UserId("y"), ACME, PartnerRole.ADMIN),
        Actor.VendorStaff.of(new UserId("y"), StaffRole.SUPPORT),
        new Actor.Service("y"),
        new Actor.CodeHolder("y"));
    Set<String> scopes = new HashSet<>();
    callers.forEach(caller -> scopes.add(Idempotency.scope(caller)));

    assertThat(scopes).hasSize(callers.size());
    assertThat(Idempotency.scope(new Actor.PartnerUser(new UserId("x"), ACME,
        PartnerRole.SALES_AGENT))).isEqualTo(Idempotency.scope(callers.get(0)));
    assertThat(Idempotency.scope(Actor.VendorStaff.of(new UserId("x"),
        StaffRole.PARTNER_MANAGER))).isEqualTo(Idempotency.scope(callers.get(1)));
  }
}
