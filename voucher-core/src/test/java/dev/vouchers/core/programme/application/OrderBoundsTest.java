// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.DORA;
import static dev.vouchers.core.programme.application.ProgrammeFixture.DORMANT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.port.in.ListOrders;
import dev.vouchers.core.ordering.port.in.QuoteOrder;
import dev.vouchers.core.voucher.port.in.ListVouchers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * L-4, O-1, O-3, O-5, V-3: amounts, cursors and clocks at their limits are refused with a
 * reason (or saturate), never thrown, and a refused order stores nothing.
 */
class OrderBoundsTest {

  private static final String FOREIGN_CURSOR = Base64.getUrlEncoder().withoutPadding()
      .encodeToString("9223372036854775807:1000000000:x".getBytes(StandardCharsets.UTF_8));

  private final ProgrammeFixture f = ProgrammeFixture.create();

  /** A price book whose prices entered before they were bounded (e.g. stored by 0.x). */
  private void storeHugePrices(long minorUnits) {
    f.store.catalog().publish(PriceBook.builder("CHF")
        .listPrice(SMIME_1Y, Money.ofMinor("CHF", minorUnits))
        .listPrice(SMIME_2Y, Money.ofMinor("CHF", minorUnits)).build());
  }

  @Test
  void publishingAPriceAboveTheMaximumIsRefusedNamingTheFieldAndRange_L4_T2() {
    PriceBook huge = PriceBook.builder("CHF")
        .listPrice(SMIME_1Y, Money.ofMinor("CHF", Long.MAX_VALUE))
        .tierDiscount(Tier.GOLD, new BigDecimal("1E-999999")).build();
    Optional<PriceBook> before = f.store.catalog().priceBook();

    Refusal refusal = refused(f.programme.catalog().publishPriceBook()
        .publish(new PublishPriceBook.Command(PM, huge)));

    assertThat(refusal.codes()).containsOnly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons()).extracting(r -> r.message()).containsExactlyInAnyOrder(
        "list price of smime/1y/0fqdn/0wc must be 0..1000000000000 minor units",
        "GOLD discount must be 0..100 percent with at most 4 decimals");
    assertThat(f.store.catalog().priceBook()).isEqualTo(before);
  }

  @Test
  void anOrderWhoseTotalWouldOverflowIsRefusedAndNothingIsStored_L4_O3_O4() {
    storeHugePrices(Long.MAX_VALUE);

    Refusal refusal = refused(f.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 2))));

    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
    assertThat(refusal.reasons().get(0).message()).startsWith("the order total must be 0..");
    assertThat(f.store.vouchers().codeCount()).isZero();
    assertThat(f.store.vouchers().orders(new OrderFilter(ACME, Set.of(), Optional.empty()),
        PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void aTotalJustAboveTheMaximumIsRefusedAndOneAtItIsPlaced_L4_O3() {
    storeHugePrices(Money.MAX_TOTAL_MINOR_UNITS / 4);
    assertThat(refused(f.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 4), line(SMIME_2Y, 1))))
        .codes()).containsExactly(ReasonCode.INVALID_INPUT);
    Order order = ok(f.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 3), line(SMIME_2Y, 1))));
    assertThat(order.total().minorUnits()).isEqualTo(Money.MAX_TOTAL_MINOR_UNITS);
  }

  @Test
  void quotingAnOverflowingOrderRefusesInsteadOfThrowing_L4_O3() {
    storeHugePrices(Long.MAX_VALUE);
    Refusal refusal = refused(f.programme.ordering().quoteOrder().quote(
        new QuoteOrder.Command(ALICE, ACME, request(line(SMIME_1Y, 1000)))));
    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
  }

  @Test
  void everyApplicableReasonIsListedWhenTheFeatureIsOffAndTheQuantityIsZero_V3_O1() {
    Refusal refusal = refused(f.tryOrder(DORA, DORMANT, request(line(SMIME_1Y, 0))));
    assertThat(refusal.codes()).containsExactlyInAnyOrder(
        ReasonCode.FEATURE_DISABLED, ReasonCode.QUANTITY_OUT_OF_RANGE);

    Refusal quoted = refused(f.programme.ordering().quoteOrder().quote(
        new QuoteOrder.Command(DORA, DORMANT, request(line(SMIME_1Y, 0)))));
    assertThat(quoted.codes()).containsExactlyInAnyOrder(
        ReasonCode.FEATURE_DISABLED, ReasonCode.QUANTITY_OUT_OF_RANGE);

    ProgrammeFixture noPrices = ProgrammeFixture.withoutPriceBook();
    assertThat(refused(noPrices.tryOrder(DORA, DORMANT, request(line(SMIME_1Y, 0)))).codes())
        .containsExactlyInAnyOrder(ReasonCode.FEATURE_DISABLED,
            ReasonCode.QUANTITY_OUT_OF_RANGE, ReasonCode.NO_PRICE);
  }

  @Test
  void listingsRefuseACursorTheyDidNotIssue_L4_O5() {
    f.order(line(SMIME_1Y, 1));
    for (String cursor : new String[] {FOREIGN_CURSOR, "%%%", "", "x".repeat(100_000),
        new Cursor(Instant.MAX, "o").encode()}) {
      PageRequest page = PageRequest.after(10, cursor);
      Refusal orders = refused(f.programme.ordering().listOrders().list(new ListOrders.Command(
          ALICE,
          new OrderFilter(ACME, Set.of(), Optional.empty()), page)));
      Refusal vouchers = refused(f.programme.vouchers().listVouchers().list(
          new ListVouchers.Command(ALICE,
          ACME, Set.of(), Optional.empty(), Optional.empty(), page)));
      for (Refusal refusal : new Refusal[] {orders, vouchers}) {
        assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT);
        assertThat(refusal.reasons().get(0).message()).startsWith("cursor ");
      }
    }
    var first = ok(f.programme.ordering().listOrders().list(new ListOrders.Command(ALICE,
        new OrderFilter(ACME, Set.of(), Optional.empty()), PageRequest.first(10))));
    assertThat(first.items()).hasSize(1);
  }

  @Test
  void aClockAtTheEndsOfTimeOrdersWithBoundedInstantsInsteadOfThrowing_L4_V4() {
    f.clock.set(Instant.MAX);
    Order late = ok(f.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1))));
    assertThat(late.placedAt()).isEqualTo(Instants.MAX);
    assertThat(f.vouchersOf(late).get(0).expiresAt()).isEqualTo(Instants.MAX);

    f.clock.set(Instant.MIN);
    Order early = ok(f.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1))));
    assertThat(early.placedAt()).isEqualTo(Instants.MIN);
  }
}
