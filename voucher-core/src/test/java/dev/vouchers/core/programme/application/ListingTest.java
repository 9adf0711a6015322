// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOLT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.NOWHERE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SUPPORT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherView;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** O-5, V-4: orders and vouchers per partner, newest first, filtered, paged. */
class ListingTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  private Either<Refusal, Page<Order>> orders(Actor by, OrderFilter filter, PageRequest page) {
    return f.programme.ordering().listOrders().list(new ListOrders.Command(by, filter, page));
  }

  private Either<Refusal, Page<VoucherView>> vouchers(
      Actor by, PartnerId partner, Set<VoucherStatus> statuses, Optional<ProductId> product,
      Optional<OrderId> order, PageRequest page) {
    return f.programme.vouchers().listVouchers().list(
        new ListVouchers.Command(by, partner, statuses, product, order, page));
  }

  @Test
  void ordersAreListedNewestFirstAndPagedByCursorWithTotal_O5() {
    Order first = f.order(line(SMIME_1Y, 1));
    f.advance(Duration.ofHours(1));
    Order second = f.order(line(SSL_DV_1Y, 1));
    f.advance(Duration.ofHours(1));
    Order third = f.order(line(SMIME_1Y, 2));
    f.advance(Duration.ofHours(1));
    ok(f.tryOrder(BOB, BOLT, ProgrammeFixture.request(line(SMIME_1Y, 1))));

    Page<Order> page1 = ok(orders(ALICE, OrderFilter.all(ACME), PageRequest.first(2)));
    assertThat(page1.items()).containsExactly(third, second);
    assertThat(page1.total().count()).isEqualTo(3);
    assertThat(page1.next()).isPresent();

    Page<Order> page2 = ok(orders(ALICE, OrderFilter.all(ACME), PageRequest.after(2, page1.next().get())));
    assertThat(page2.items()).containsExactly(first);
    assertThat(page2.total().count()).isEqualTo(3);
    assertThat(page2.next()).isEmpty();
  }

  @Test
  void ordersAreFilteredByStatusAndProduct_O5() {
    Order smime = f.order(line(SMIME_1Y, 1));
    f.advance(Duration.ofMinutes(1));
    Order ssl = f.order(line(SSL_DV_1Y, 1));
    f.advance(Duration.ofMinutes(1));
    Order both = f.order(line(SSL_DV_1Y, 1), line(SMIME_1Y, 1));
    ok(f.programme.ordering().cancelOrder().cancel(new CancelOrder.Command(ALICE, smime.id(), "")));
    Order smimeCancelled = f.store.vouchers().order(smime.id()).orElseThrow();

    assertThat(ok(orders(ALICE, new OrderFilter(ACME, Set.of(OrderStatus.CANCELLED), Optional.empty()),
        PageRequest.first(10))).items()).containsExactly(smimeCancelled);
    assertThat(ok(orders(ALICE, new OrderFilter(ACME, Set.of(OrderStatus.OPEN), Optional.empty()),
        PageRequest.first(10))).items()).containsExactly(both, ssl);
    Page<Order> withSsl = ok(orders(ALICE, new OrderFilter(ACME, Set.of(), Optional.of(SSL_DV)),
        PageRequest.first(10)));
    assertThat(withSsl.items()).containsExactly(both, ssl);
    assertThat(withSsl.total().count()).isEqualTo(2);
  }

  @Test
  void anotherPartnersOrdersAreAnsweredLikeAMissingPartner_A1() {
    f.order(line(SMIME_1Y, 1));
    Refusal foreign = refused(orders(BOB, OrderFilter.all(ACME), PageRequest.first(10)));
    Refusal missing = refused(orders(BOB, OrderFilter.all(NOWHERE), PageRequest.first(10)));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(ok(orders(SUPPORT, OrderFilter.all(ACME), PageRequest.first(10))).total().count()).isEqualTo(1);
  }

  @Test
  void vouchersAreListedNewestFirstAndPagedThroughEveryRowOnce_O5() {
    Order older = f.order(line(SMIME_1Y, 3));
    f.advance(Duration.ofMinutes(5));
    Order newer = f.order(line(SMIME_1Y, 2));

    List<VoucherView> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    int pages = 0;
    while (true) {
      Page<VoucherView> page = ok(vouchers(ALICE, ACME, Set.of(), Optional.empty(), Optional.empty(), request));
      assertThat(page.total().count()).isEqualTo(5);
      seen.addAll(page.items());
      pages++;
      if (page.next().isEmpty()) {
        break;
      }
      request = PageRequest.after(2, page.next().get());
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).extracting(VoucherView::id).doesNotHaveDuplicates().hasSize(5);
    assertThat(seen.subList(0, 2)).extracting(VoucherView::order).containsOnly(newer.id());
    assertThat(seen.subList(2, 5)).extracting(VoucherView::order).containsOnly(older.id());
    assertThat(seen).extracting(VoucherView::code).allSatisfy(c -> assertThat(c).doesNotStartWith("****"));
  }

  @Test
  void vouchersAreFilteredByStatusProductAndOrder_O5() {
    Order smime = f.order(line(SMIME_1Y, 2));
    Order ssl = f.order(line(SSL_DV_1Y, 1));
    VoucherView assigned = f.vouchersOf(smime).get(0);
    ok(f.programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(ALICE,
        assigned.id(),
        "jane@customer.example", "")));

    Page<VoucherView> assignedOnly = ok(vouchers(ALICE, ACME, Set.of(VoucherStatus.ASSIGNED),
        Optional.empty(), Optional.empty(), PageRequest.first(10)));
    assertThat(assignedOnly.items()).extracting(VoucherView::id).containsExactly(assigned.id());
    assertThat(assignedOnly.total().count()).isEqualTo(1);

    assertThat(ok(vouchers(ALICE, ACME, Set.of(VoucherStatus.VALID), Optional.of(SMIME),
        Optional.empty(), PageRequest.first(10))).total().count()).isEqualTo(1);
    assertThat(ok(vouchers(ALICE, ACME, Set.of(), Optional.of(SSL_DV), Optional.empty(),
        PageRequest.first(10))).items()).extracting(VoucherView::order).containsExactly(ssl.id());
    assertThat(ok(vouchers(ALICE, ACME, Set.of(), Optional.empty(), Optional.of(smime.id()),
        PageRequest.first(10))).total().count()).isEqualTo(2);
  }

  @Test
  void dueVouchersAreListedAsExpiredBeforeAnySweep_O5_V4() {
    Order old = f.order(line(SMIME_1Y, 2));
    f.advance(Duration.ofDays(200));
    Order fresh = f.order(line(SMIME_1Y, 1));
    f.clock.set(f.vouchersOf(old).get(0).expiresAt());

    Page<VoucherView> expired = ok(vouchers(ALICE, ACME, Set.of(VoucherStatus.EXPIRED),
        Optional.empty(), Optional.empty(), PageRequest.first(10)));
    assertThat(expired.items()).extracting(VoucherView::order).containsOnly(old.id()).hasSize(2);
    assertThat(expired.items()).extracting(VoucherView::status).containsOnly(VoucherStatus.EXPIRED);
    Page<VoucherView> valid = ok(vouchers(ALICE, ACME, Set.of(VoucherStatus.VALID),
        Optional.empty(), Optional.empty(), PageRequest.first(10)));
    assertThat(valid.items()).extracting(VoucherView::order).containsExactly(fresh.id());
    // nothing was written: the stored status is still VALID
    assertThat(f.stored(expired.items().get(0).id()).status()).isEqualTo(VoucherStatus.VALID);
  }

  @Test
  void anotherPartnersVouchersAreAnsweredLikeAMissingPartnerAndStaffSeeMaskedCodes_A1() {
    Order order = f.order(line(SMIME_1Y, 1));
    Refusal foreign = refused(vouchers(BOB, ACME, Set.of(), Optional.empty(), Optional.empty(), PageRequest.first(10)));
    Refusal missing = refused(vouchers(BOB, NOWHERE, Set.of(), Optional.empty(), Optional.empty(), PageRequest.first(10)));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.codes()).containsExactly(ReasonCode.NOT_FOUND);

    String full = f.vouchersOf(order).get(0).code();
    Page<VoucherView> staff = ok(vouchers(SUPPORT, ACME, Set.of(), Optional.empty(), Optional.empty(), PageRequest.first(10)));
    assertThat(staff.items()).extracting(VoucherView::code)
        .containsExactly("****-" + full.substring(full.length() - 4));
  }
}
