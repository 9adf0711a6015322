// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.order;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.out.OrderCode;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherFilter;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Part of the contract of the {@link dev.vouchers.core.ordering.port.out.Vouchers} port
 * ({@link VouchersContract} runs every part): pages of an order's vouchers, the codes
 * streamed, and the listings of orders and vouchers (O-3, O-5, S-1, L-1, L-2, V-4).
 */
public abstract class VoucherListingContract extends OrderCancellationContract {
  @Test
  void pagesAnOrdersVouchersById_O3_L2() {
    Order order = stored(A, T0, "ssl-dv", 7);
    stored(A, T0, "ssl-dv", 2);
    List<Voucher> all = vouchersOf(order.id());

    List<Voucher> first = vouchers.vouchersOf(order.id(), Optional.empty(), 3);
    List<Voucher> second = vouchers.vouchersOf(order.id(), Optional.of(first.get(2).id()), 3);
    List<Voucher> third = vouchers.vouchersOf(order.id(), Optional.of(second.get(2).id()), 3);

    assertThat(first).containsExactlyElementsOf(all.subList(0, 3));
    assertThat(second).containsExactlyElementsOf(all.subList(3, 6));
    assertThat(third).containsExactlyElementsOf(all.subList(6, 7));
    assertThat(vouchers.vouchersOf(order(A, T0, "ssl-dv", 1).id(), Optional.empty(), 3))
        .isEmpty();
  }

  @Test
  void streamsTheCodesOfAnOrderById_S1() {
    Order order = stored(A, T0, "ssl-dv", 25);
    stored(A, T0, "ssl-dv", 3);
    List<OrderCode> streamed = new ArrayList<>();
    vouchers.forEachCodeOf(order.id(), streamed::add);
    // the order's vouchers, in the order of their ids, and nothing else
    List<Voucher> byId = vouchersOf(order.id());
    assertThat(byId).hasSize(25);
    assertThat(streamed).extracting(row -> row.code().digest())
        .containsExactlyElementsOf(byId.stream().map(v -> v.code().digest()).toList());
    for (OrderCode row : streamed) {
      Voucher voucher = vouchers.voucherByCode(row.code().digest()).orElseThrow();
      assertThat(voucher.order()).isEqualTo(order.id());
      assertThat(row.code().digest()).isEqualTo(voucher.code().digest());
      assertThat(row.code().lastFour()).isEqualTo(voucher.code().lastFour());
      assertThat(row.code().sealed().map(java.util.Arrays::toString))
          .isEqualTo(voucher.code().sealed().map(java.util.Arrays::toString));
      assertThat(row.status()).isEqualTo(voucher.status());
      assertThat(row.configuration()).isEqualTo(voucher.configuration());
      assertThat(row.expiresAt()).isEqualTo(voucher.expiresAt());
    }
  }

  @Test
  void listsOnlyThePartnersOrdersNewestFirstInPages_O5_A1() {
    List<Order> mine = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      mine.add(stored(A, T0.plusSeconds(i), i % 2 == 0 ? "ssl-dv" : "smime", 1));
    }
    stored(B, T0.plusSeconds(100), "ssl-dv", 1);

    Page<Order> first = vouchers.orders(OrderFilter.all(A), PageRequest.first(3));
    Page<Order> second = vouchers.orders(OrderFilter.all(A),
        PageRequest.after(3, first.next().orElseThrow()));
    Page<Order> third = vouchers.orders(OrderFilter.all(A),
        PageRequest.after(3, second.next().orElseThrow()));

    List<Order> all = new ArrayList<>(first.items());
    all.addAll(second.items());
    all.addAll(third.items());
    List<Order> newestFirst = new ArrayList<>(mine);
    java.util.Collections.reverse(newestFirst);
    assertThat(all).containsExactlyElementsOf(newestFirst);
    assertThat(first.total().count()).isEqualTo(7);
    assertThat(third.items()).hasSize(1);
    assertThat(third.next()).isEmpty();
  }

  @Test
  void filtersOrdersByStatusAndProduct_O5() {
    Order dv = stored(A, T0, "ssl-dv", 1);
    Order smime = stored(A, T0.plusSeconds(1), "smime", 2);
    assertThat(vouchers.cancel(cancellation(smime, 2, T0.plusSeconds(5)))).isTrue();

    assertThat(vouchers.orders(new OrderFilter(A, Set.of(OrderStatus.OPEN), Optional.empty()),
        PageRequest.first(10)).items()).extracting(Order::id).containsExactly(dv.id());
    assertThat(vouchers.orders(new OrderFilter(A, Set.of(), Optional.of(new ProductId("smime"))),
        PageRequest.first(10)).items()).extracting(Order::id).containsExactly(smime.id());
    assertThat(vouchers.orders(new OrderFilter(A, Set.of(OrderStatus.CANCELLED),
        Optional.of(new ProductId("ssl-dv"))), PageRequest.first(10)).total().count()).isZero();
  }

  @Test
  void listsVouchersNewestFirstFilteredByStatusAsOfNow_O5_V4() {
    Order old = stored(A, T0, "ssl-dv", 2);
    Order recent = stored(A, T0.plus(Duration.ofDays(200)), "smime", 3);
    stored(B, T0, "ssl-dv", 4);
    Instant now = T0.plus(Duration.ofDays(366)); // the old order's vouchers are due

    Page<Voucher> all = vouchers.vouchers(
        new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), now), PageRequest.first(50));
    assertThat(all.total().count()).isEqualTo(5);
    assertThat(all.items()).extracting(Voucher::order)
        .containsExactly(recent.id(), recent.id(), recent.id(), old.id(), old.id());

    Page<Voucher> expired = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.EXPIRED),
        Optional.empty(), Optional.empty(), now), PageRequest.first(50));
    assertThat(expired.items()).extracting(Voucher::order).containsOnly(old.id());
    assertThat(expired.total().count()).isEqualTo(2);

    Page<Voucher> valid = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.VALID),
        Optional.of(new ProductId("smime")), Optional.empty(), now), PageRequest.first(2));
    assertThat(valid.total().count()).isEqualTo(3);
    assertThat(valid.items()).hasSize(2);
    Page<Voucher> rest = vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.VALID),
        Optional.of(new ProductId("smime")), Optional.empty(), now),
        PageRequest.after(2, valid.next().orElseThrow()));
    assertThat(rest.items()).hasSize(1).doesNotContainAnyElementsOf(valid.items());

    Page<Voucher> ofOrder = vouchers.vouchers(new VoucherFilter(A, Set.of(), Optional.empty(),
        Optional.of(old.id()), T0), PageRequest.first(50));
    assertThat(ofOrder.items()).extracting(Voucher::status).containsOnly(VoucherStatus.VALID);
    assertThat(ofOrder.total().count()).isEqualTo(2);
  }

  @Test
  void aListingCountsUpToTheCapOnItsFirstPageAndCarriesItOn_O5_L1() {
    Order big = stored(A, T0, "ssl-dv", Page.Total.CAP + 5);
    Instant now = T0.plusSeconds(1);
    for (VoucherFilter filter : List.of(
        new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), now),
        new VoucherFilter(A, Set.of(VoucherStatus.VALID), Optional.empty(), Optional.empty(), now),
        new VoucherFilter(A, Set.of(), Optional.of(new ProductId("ssl-dv")), Optional.of(big.id()),
            now))) {
      Page<Voucher> first = vouchers.vouchers(filter, PageRequest.first(500));
      assertThat(first.total()).as("%s", filter).isEqualTo(new Page.Total(Page.Total.CAP, true));
      assertThat(first.total()).hasToString("10000+");
      assertThat(first.items()).hasSize(500);
      Page<Voucher> second = vouchers.vouchers(filter,
          PageRequest.after(500, first.next().orElseThrow()));
      assertThat(second.total()).isEqualTo(first.total());
      assertThat(second.items()).hasSize(500).doesNotContainAnyElementsOf(first.items());
    }
    assertThat(vouchers.vouchers(new VoucherFilter(A, Set.of(VoucherStatus.EXPIRED),
        Optional.empty(), Optional.empty(), now), PageRequest.first(10)).total())
        .isEqualTo(Page.Total.counted(0));
  }

  @Test
  void aWalkThroughAListingKeepsTheTotalOfItsFirstPage_O5_L1() {
    stored(A, T0, "ssl-dv", 3);
    stored(A, T0.plusSeconds(1), "ssl-dv", 2);
    VoucherFilter all = new VoucherFilter(A, Set.of(), Optional.empty(), Optional.empty(), T0);
    Page<Voucher> first = vouchers.vouchers(all, PageRequest.first(2));
    assertThat(first.total()).isEqualTo(Page.Total.counted(5));
    Page<Order> firstOrders = vouchers.orders(OrderFilter.all(A), PageRequest.first(1));
    assertThat(firstOrders.total()).isEqualTo(Page.Total.counted(2));

    stored(A, T0.plusSeconds(2), "ssl-dv", 4); // newer than the walk's position

    Page<Voucher> second = vouchers.vouchers(all, PageRequest.after(2, first.next().orElseThrow()));
    Page<Voucher> third = vouchers.vouchers(all, PageRequest.after(2, second.next().orElseThrow()));
    assertThat(second.total()).isEqualTo(Page.Total.counted(5));
    assertThat(third.total()).isEqualTo(Page.Total.counted(5));
    assertThat(third.items()).hasSize(1);
    assertThat(third.next()).isEmpty();
    assertThat(vouchers.orders(OrderFilter.all(A),
        PageRequest.after(1, firstOrders.next().orElseThrow())).total())
        .isEqualTo(Page.Total.counted(2));
    assertThat(vouchers.vouchers(all, PageRequest.first(2)).total())
        .isEqualTo(Page.Total.counted(9));
  }

  @Test
  void everyStatusFilterWalksTheSameRowsAsItsRule_O5_V4() {
    List<Voucher> stored = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Order order = stored(A, T0.plus(Duration.ofDays(100L * i)), i % 2 == 0 ? "ssl-dv" : "smime",
          4);
      stored.addAll(vouchersOf(order.id()));
    }
    stored(B, T0, "ssl-dv", 3);
    VoucherStatus[] moves = {VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED,
        VoucherStatus.EXPIRED, VoucherStatus.PENDING, VoucherStatus.RESERVED,
        VoucherStatus.CANCELLED};
    for (int i = 0; i < stored.size(); i += 2) {
      Voucher voucher = stored.get(i);
      assertThat(vouchers.update(new VoucherUpdate(voucher,
          voucher.withStatus(moves[(i / 2) % moves.length]).withVersion(voucher.version() + 1),
          Optional.empty(), List.of()))).isTrue();
    }
    Instant now = T0.plus(Duration.ofDays(465)); // the first two orders are due
    List<Voucher> current = new ArrayList<>();
    stored.forEach(v -> current.add(vouchers.voucher(v.id()).orElseThrow()));
    current.sort(java.util.Comparator.comparing(Voucher::issuedAt).reversed()
        .thenComparing(v -> v.id().value()));
    List<Set<VoucherStatus>> filters = new ArrayList<>();
    filters.add(Set.of());
    for (VoucherStatus status : VoucherStatus.values()) {
      filters.add(Set.of(status));
    }
    filters.add(Set.of(VoucherStatus.VALID, VoucherStatus.EXPIRED, VoucherStatus.REDEEMED));
    for (Set<VoucherStatus> statuses : filters) {
      for (Optional<ProductId> product : List.of(Optional.<ProductId>empty(),
          Optional.of(new ProductId("smime")))) {
        VoucherFilter filter = new VoucherFilter(A, statuses, product, Optional.empty(), now);
        List<Voucher> expected = current.stream().filter(filter::matches).toList();
        List<Voucher> walked = new ArrayList<>();
        Page<Voucher> page = vouchers.vouchers(filter, PageRequest.first(3));
        walked.addAll(page.items());
        while (page.next().isPresent()) {
          page = vouchers.vouchers(filter, PageRequest.after(3, page.next().get()));
          walked.addAll(page.items());
        }
        assertThat(walked).as("%s %s", statuses, product).containsExactlyElementsOf(expected);
        assertThat(page.total()).as("%s %s", statuses, product)
            .isEqualTo(Page.Total.counted(expected.size()));
      }
    }
  }

  @Test
  void pagesOfAnUnknownCursorStartOver_O5() {
    stored(A, T0, "ssl-dv", 1);
    Page<Order> page = vouchers.orders(OrderFilter.all(A), PageRequest.after(10, "not-a-cursor"));
    assertThat(page.items()).hasSize(1);
  }

}
