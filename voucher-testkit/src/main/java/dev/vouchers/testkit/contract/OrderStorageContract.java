// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static dev.vouchers.testkit.contract.ContractData.T0;
import static dev.vouchers.testkit.contract.ContractData.order;
import static dev.vouchers.testkit.contract.ContractData.vouchersFor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.testkit.Concurrently;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Part of the contract of the {@link Vouchers} port ({@link VouchersContract} runs every
 * part): orders stored with all their vouchers, clashes of codes, the code count and
 * missing rows (O-3, O-4, C-1, T-4).
 */
public abstract class OrderStorageContract extends StorageContract {
  static final PartnerId A = new PartnerId("partner-a");
  static final PartnerId B = new PartnerId("partner-b");

  Vouchers vouchers;

  @BeforeEach
  void useVouchers() {
    vouchers = storage.vouchers();
  }

  List<Voucher> vouchersOf(OrderId order) {
    return ContractData.vouchersOf(vouchers, order);
  }

  Order stored(PartnerId partner, Instant at, String product, int quantity) {
    Order order = order(partner, at, product, quantity);
    assertThat(vouchers.insertOrder(order, vouchersFor(order))).isEmpty();
    return order;
  }

  @Test
  void storesAnOrderWithAllItsVouchersAndReadsThemBack_O4() {
    Order order = order(A, T0, "ssl-dv", 3);
    List<Voucher> issued = vouchersFor(order);
    assertThat(vouchers.insertOrder(order, issued)).isEmpty();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchersOf(order.id())).containsExactlyElementsOf(issued);
    for (Voucher voucher : issued) {
      assertThat(vouchers.voucher(voucher.id())).contains(voucher);
      assertThat(vouchers.voucherByCode(voucher.code().digest())).contains(voucher);
    }
    assertThat(vouchers.codeCount()).isEqualTo(3);
  }

  @Test
  void aCodeAlreadyStoredRejectsTheWholeOrderAndWritesNothing_C1_O4() {
    Order first = stored(A, T0, "ssl-dv", 2);
    StoredCode taken = vouchersOf(first.id()).get(0).code();
    Order second = order(A, T0.plusSeconds(1), "ssl-dv", 3);
    List<Voucher> issued = new ArrayList<>(vouchersFor(second));
    issued.set(2, issued.get(2).withCode(taken));

    assertThat(vouchers.insertOrder(second, issued)).containsExactly(taken.digest());
    assertThat(vouchers.order(second.id())).isEmpty();
    assertThat(vouchersOf(second.id())).isEmpty();
    assertThat(vouchers.voucher(issued.get(0).id())).isEmpty();
    assertThat(vouchers.codeCount()).isEqualTo(2);
  }

  @Test
  void aCodeRepeatedWithinOneOrderIsAClash_C1() {
    Order order = order(A, T0, "ssl-dv", 2);
    List<Voucher> issued = new ArrayList<>(vouchersFor(order));
    issued.set(1, issued.get(1).withCode(issued.get(0).code()));
    assertThat(vouchers.insertOrder(order, issued)).containsExactly(issued.get(0).code().digest());
    assertThat(vouchers.order(order.id())).isEmpty();
    assertThat(vouchers.codeCount()).isZero();
  }

  @Test
  void missingRowsAreEmpty() {
    Order ghost = order(A, T0, "ssl-dv", 1);
    Voucher ghostVoucher = vouchersFor(ghost).get(0);
    assertThat(vouchers.order(ghost.id())).isEmpty();
    assertThat(vouchers.voucher(ghostVoucher.id())).isEmpty();
    assertThat(vouchers.voucherByCode(ghostVoucher.code().digest())).isEmpty();
    assertThat(vouchersOf(ghost.id())).isEmpty();
    assertThat(vouchers.history(ghostVoucher.id())).isEmpty();
  }

  @Test
  void theCodeCountNeverFallsBehindTheCodesStoredByConcurrentOrders_C1() throws Exception {
    long before = vouchers.codeCount();
    List<Callable<Integer>> orders = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int size = t + 1;
      orders.add(() -> {
        int stored = 0;
        for (int i = 0; i < 5; i++) {
          stored += stored(A, T0, "ssl-dv", size).voucherCount();
        }
        return stored;
      });
    }
    int stored = Concurrently.call(orders).stream().mapToInt(Integer::intValue).sum();

    assertThat(stored).isEqualTo(5 * (1 + 2 + 3 + 4));
    assertThat(vouchers.codeCount()).isGreaterThanOrEqualTo(before + stored);
  }

  @Test
  void anOrderOfSeveralLinesKeepsEveryFrozenPrice_O3_T4() {
    Money list = Money.of("100.00", "CHF");
    Order order = new Order(new OrderId(UUID.randomUUID().toString()),
        ContractData.nextNumber(), A, Optional.empty(),
        Optional.empty(), "card", List.of(
            new OrderLine(1, ContractData.configuration("ssl-dv"), "SSL DV", 2,
                new PriceQuote(Money.of("79.95", "CHF"), list, PriceSource.TIER_PRICE)),
            new OrderLine(2, ProductConfiguration.of(new ProductId("smime"), 3, 0, 2), "S/MIME", 1,
                new PriceQuote(Money.of("87.50", "CHF"), list, PriceSource.TIER_DISCOUNT)),
            new OrderLine(3, ContractData.configuration("free"), "Free", 1,
                new PriceQuote(Money.of("0.00", "CHF"), Money.of("0.00", "CHF"),
                    PriceSource.LIST_PRICE))),
        T0, "partner:test", OrderStatus.OPEN, Optional.empty(), 0);
    List<Voucher> issued = vouchersFor(order);
    assertThat(vouchers.insertOrder(order, issued)).isEmpty();
    assertThat(vouchers.order(order.id())).contains(order);
    assertThat(vouchersOf(order.id())).containsExactlyElementsOf(issued);
  }

  @Test
  void ofTwoOrdersRacingForOneCodeExactlyOneIsStored_C1_O4() throws Exception {
    for (int round = 0; round < 20; round++) {
      Order first = order(A, T0, "ssl-dv", 3);
      Order second = order(B, T0, "ssl-dv", 3);
      List<Voucher> firstVouchers = vouchersFor(first);
      List<Voucher> secondVouchers = new ArrayList<>(vouchersFor(second));
      secondVouchers.set(1, secondVouchers.get(1).withCode(firstVouchers.get(2).code()));
      long before = vouchers.codeCount();
      List<Boolean> stored = Concurrently.call(List.of(
          () -> vouchers.insertOrder(first, firstVouchers).isEmpty(),
          () -> vouchers.insertOrder(second, secondVouchers).isEmpty()));
      assertThat(stored).containsExactlyInAnyOrder(true, false);
      assertThat(vouchers.codeCount()).isEqualTo(before + 3);
      assertThat(vouchers.order(first.id()).isPresent())
          .isNotEqualTo(vouchers.order(second.id()).isPresent());
    }
  }

  static final Actor PARTNER = new Actor.PartnerUser(
      new dev.vouchers.core.kernel.UserId("contract-admin"), A,
      dev.vouchers.core.kernel.PartnerRole.ADMIN);

  /** V-6: the cancellation of {@code vouchers} vouchers of the order, as read, at {@code at}. */
  static OrderCancellation cancellation(Order order, long vouchers, Instant at) {
    return new OrderCancellation(order, order.cancelled(at), vouchers, PARTNER,
        "customer withdrew", order.total());
  }

  /** The first {@code count} vouchers of an order, by id. */
  List<Voucher> vouchersOf(OrderId order, int count) {
    return vouchers.vouchersOf(order, Optional.empty(), count);
  }

  static ActivationMessage message(Voucher voucher) {
    return new ActivationMessage(new MessageId("m-" + voucher.id().value()), voucher.id(),
        voucher.partner(), "Partner", new EmailAddress("customer@example.com"), "Hello",
        voucher.code(), URI.create("https://shop.example/redeem"), "SSL", voucher.expiresAt(),
        Locale.GERMAN, T0);
  }
}
