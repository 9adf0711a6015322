// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Rows for the contract suites: orders with vouchers, built directly (no services). */
public final class ContractData {
  /** The instant contract data is placed at unless told otherwise. */
  public static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  /** C-5: stores are given sealed codes; the contract seals with random keys. */
  public static final CodeVault VAULT = CodeVault.withRandomKeys();

  private static final CodeGenerator CODES =
      new CodeGenerator(CodeFormat.defaults(), Entropy.secure());

  private ContractData() {}

  /** A product configuration of product {@code product}. */
  public static ProductConfiguration configuration(String product) {
    return ProductConfiguration.of(new ProductId(product), 1, 1, 0);
  }

  /**
   * Every voucher of an order by id, collected from the store's stream ({@code Vouchers} has no
   * method returning a whole order: L-2): for tests of small orders.
   */
  public static List<Voucher> vouchersOf(Vouchers store, OrderId order) {
    List<Voucher> all = new ArrayList<>();
    for (List<Voucher> page = store.vouchersOf(order, Optional.empty(), 1_000); !page.isEmpty();
        page = store.vouchersOf(order, Optional.of(page.get(page.size() - 1).id()), 1_000)) {
      all.addAll(page);
    }
    return all;
  }

  /** M-4: where this run's order numbers start (random, so runs sharing a store differ). */
  private static final long NUMBER_OFFSET = new java.security.SecureRandom()
      .nextLong(OrderNumber.MAX - OrderNumber.MIN + 1);
  private static final java.util.concurrent.atomic.AtomicLong NUMBERS =
      new java.util.concurrent.atomic.AtomicLong();

  /**
   * M-4: a fresh order number, distinct from every other this method gave in this JVM and not
   * sequential: the n-th is a stride of a prime (coprime with the range) away from the last,
   * around the range.
   */
  public static OrderNumber nextNumber() {
    long span = OrderNumber.MAX - OrderNumber.MIN + 1;
    long n = NUMBERS.getAndIncrement();
    return new OrderNumber(OrderNumber.MIN
        + Math.floorMod(NUMBER_OFFSET + n * 7_919L, span));
  }

  /** An open order of one line. */
  public static Order order(PartnerId partner, Instant placedAt, String product, int quantity) {
    Money price = Money.ofMinor("CHF", 1000);
    return new Order(new OrderId(UUID.randomUUID().toString()), nextNumber(), partner,
        Optional.of("Customer"),
        Optional.of("INV-1"), "invoice",
        List.of(new OrderLine(1, configuration(product), product, quantity,
            new PriceQuote(price, price, PriceSource.LIST_PRICE))),
        placedAt, "partner:test", OrderStatus.OPEN, Optional.empty(), 0);
  }

  /** VALID vouchers for every unit of the order, expiring a year after placement. */
  public static List<Voucher> vouchersFor(Order order) {
    List<Voucher> vouchers = new ArrayList<>();
    int sequence = 1;
    for (OrderLine line : order.lines()) {
      for (int i = 0; i < line.quantity(); i++) {
        vouchers.add(Voucher.builder()
            .id(VoucherId.of(order.id(), sequence++))
            .order(order.id())
            .partner(order.partner())
            .configuration(line.configuration())
            .code(VAULT.seal(CODES.next()))
            .status(VoucherStatus.VALID)
            .issuedAt(order.placedAt())
            .expiresAt(order.placedAt().plus(Duration.ofDays(365)))
            .build());
      }
    }
    return vouchers;
  }

  /** A history entry for a move of the voucher. */
  public static HistoryEntry entry(Voucher voucher, VoucherStatus to, Instant at) {
    return new HistoryEntry(voucher.id(), voucher.status(), to, at, "test", "contract",
        Map.of("k", "v"));
  }
}
