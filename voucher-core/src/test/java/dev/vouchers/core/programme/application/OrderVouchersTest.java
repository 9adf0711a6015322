// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.ACME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ALICE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.BOB;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CHF_50;
import static dev.vouchers.core.programme.application.ProgrammeFixture.CHF_90;
import static dev.vouchers.core.programme.application.ProgrammeFixture.DORA;
import static dev.vouchers.core.programme.application.ProgrammeFixture.DORMANT;
import static dev.vouchers.core.programme.application.ProgrammeFixture.NOWHERE;
import static dev.vouchers.core.programme.application.ProgrammeFixture.PM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.REDEEM;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_2Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.SSL_DV_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.START;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static dev.vouchers.core.programme.application.ProgrammeFixture.ok;
import static dev.vouchers.core.programme.application.ProgrammeFixture.refused;
import static dev.vouchers.core.programme.application.ProgrammeFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.PriceSource;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderFilter;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.OrderStatus;
import dev.vouchers.core.ordering.port.in.GetOrder;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import dev.vouchers.core.voucher.port.in.VoucherView;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** O-1..O-4, T-2, T-4, C-1: placing orders through {@code OrderVouchers}. */
class OrderVouchersTest {

  private final ProgrammeFixture f = ProgrammeFixture.create();

  @Test
  void orderIssuesOneVoucherPerUnitWithDistinctCodesAndFrozenPrices_O1_O2_O3() {
    Order order = ok(f.tryOrder(ALICE, ACME, new OrderRequest(Optional.of("  Jane Customer "),
        Optional.of(" INV-2025-17 "), " invoice ", List.of(line(SMIME_1Y, 3), line(SMIME_2Y, 2)))));

    assertThat(order.partner()).isEqualTo(ACME);
    assertThat(order.customerName()).contains("Jane Customer");
    assertThat(order.notes()).contains("INV-2025-17");
    assertThat(order.paymentMethod()).isEqualTo("invoice");
    assertThat(order.placedAt()).isEqualTo(START);
    assertThat(order.placedBy()).isEqualTo(ALICE.describe());
    assertThat(order.status()).isEqualTo(OrderStatus.OPEN);
    assertThat(order.lines()).extracting(l -> l.number(), l -> l.configuration(), l -> l.quantity(),
            l -> l.unitPrice(), l -> l.lineTotal())
        .containsExactly(
            tuple(1, SMIME_1Y, 3, CHF_50, Money.of("150.00", "CHF")),
            tuple(2, SMIME_2Y, 2, CHF_90, Money.of("180.00", "CHF")));
    assertThat(order.total()).isEqualTo(Money.of("330.00", "CHF"));
    assertThat(order.lines().get(0).productName()).isEqualTo("S/MIME Basic");
    UUID id = UUID.fromString(order.id().value());
    assertThat(id.version()).isEqualTo(4);
    assertThat(id.variant()).isEqualTo(2);

    OrderDetails details = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id())));
    assertThat(details.order()).isEqualTo(order);
    List<VoucherView> vouchers = details.vouchers().items();
    assertThat(vouchers).hasSize(5);
    assertThat(details.counts().counts()).isEqualTo(Map.of(VoucherStatus.VALID, 5L));
    assertThat(details.vouchers().total()).isEqualTo(Page.Total.counted(5));
    assertThat(details.vouchers().next()).isEmpty();
    assertThat(vouchers).extracting(VoucherView::code).doesNotHaveDuplicates()
        .allSatisfy(code -> assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}"));
    assertThat(vouchers).extracting(VoucherView::id).doesNotHaveDuplicates();
    assertThat(vouchers).allSatisfy(v -> {
      assertThat(v.order()).isEqualTo(order.id());
      assertThat(v.status()).isEqualTo(VoucherStatus.VALID);
      assertThat(v.issuedAt()).isEqualTo(START);
      assertThat(v.expiresAt()).isEqualTo(START.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
      assertThat(v.productName()).isEqualTo("S/MIME Basic");
      assertThat(v.redemptionUrl()).isEqualTo(URI.create(REDEEM + "?code=" + v.code()));
      assertThat(v.assignment()).isEmpty();
      assertThat(v.comment()).isEmpty();
      assertThat(v.certificateRequest()).isEmpty();
    });
    assertThat(vouchers).extracting(VoucherView::configuration)
        .containsExactlyInAnyOrder(SMIME_1Y, SMIME_1Y, SMIME_1Y, SMIME_2Y, SMIME_2Y);
    assertThat(f.store.vouchers().codeCount()).isEqualTo(5);
  }

  @Test
  void orderWithoutOptionalFieldsLeavesThemEmpty_O1() {
    Order order = ok(f.tryOrder(ALICE, ACME, new OrderRequest(Optional.of("   "), Optional.empty(),
        "card", List.of(line(SMIME_1Y, 1)))));
    assertThat(order.customerName()).isEmpty();
    assertThat(order.notes()).isEmpty();
  }

  @Test
  void tierPriceAndTierDiscountApplyAtOrderTime_T2() {
    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.GOLD)));
    Order gold = f.order(line(SMIME_1Y, 2), line(SMIME_2Y, 1));
    assertThat(gold.lines().get(0).unitPrice()).isEqualTo(Money.of("40.00", "CHF"));
    assertThat(gold.lines().get(0).price().source()).isEqualTo(PriceSource.TIER_PRICE);
    assertThat(gold.lines().get(1).unitPrice()).isEqualTo(CHF_90);
    assertThat(gold.lines().get(1).price().source()).isEqualTo(PriceSource.LIST_PRICE);

    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.SILVER)));
    Order silver = f.order(line(SMIME_2Y, 1));
    assertThat(silver.lines().get(0).unitPrice()).isEqualTo(Money.of("81.00", "CHF"));
    assertThat(silver.lines().get(0).price().source()).isEqualTo(PriceSource.TIER_DISCOUNT);
  }

  @Test
  void anOrdersDetailsPageItsVouchersByIdAndCountThemAsSeenNow_O3_V4_L2() {
    Order order = f.order(line(SMIME_1Y, 5));
    List<VoucherView> all = f.vouchersOf(order);

    OrderDetails first = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id(),
        PageRequest.first(2))));
    OrderDetails second = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id(),
        PageRequest.after(2, first.vouchers().next().orElseThrow()))));
    OrderDetails third = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id(),
        PageRequest.after(2, second.vouchers().next().orElseThrow()))));

    assertThat(first.vouchers().items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.vouchers().items()).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(third.vouchers().items()).containsExactlyElementsOf(all.subList(4, 5));
    assertThat(third.vouchers().next()).isEmpty();
    assertThat(first.vouchers().total()).isEqualTo(Page.Total.counted(5));
    assertThat(all).extracting(VoucherView::id).isSortedAccordingTo(
        (x, y) -> x.value().compareTo(y.value()));
    // L-4: a tampered cursor is refused, as in every listing, never silently page 1
    assertThat(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE, order.id(),
        PageRequest.after(2, "not-a-cursor"))).getLeft().codes())
        .containsExactly(ReasonCode.INVALID_INPUT);

    // V-4: due vouchers count as EXPIRED before any sweep wrote them
    f.clock.set(all.get(0).expiresAt());
    OrderDetails due = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        order.id())));
    assertThat(due.counts().counts()).isEqualTo(Map.of(VoucherStatus.EXPIRED, 5L));
    assertThat(due.vouchers().items()).extracting(VoucherView::status)
        .containsOnly(VoucherStatus.EXPIRED);
  }

  @Test
  void existingOrdersKeepTheirPricesAfterTierAndPriceBookChange_T4() {
    Order before = f.order(line(SMIME_1Y, 2));
    OrderDetails detailsBefore = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(
        ALICE, before.id())));

    ok(f.programme.partners().setPartnerTier().set(new SetPartnerTier.Command(PM, ACME,
        Tier.GOLD)));
    ok(f.programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(PM,
        PriceBook.builder("CHF").listPrice(SMIME_1Y, Money.of("75.00", "CHF"))
            .tierPrice(Tier.GOLD, SMIME_1Y, Money.of("70.00", "CHF")).build())));

    OrderDetails detailsAfter = ok(f.programme.ordering().getOrder().get(new GetOrder.Command(ALICE,
        before.id())));
    assertThat(detailsAfter.order().lines()).isEqualTo(detailsBefore.order().lines());
    assertThat(detailsAfter.order().lines().get(0).unitPrice()).isEqualTo(CHF_50);
    assertThat(detailsAfter.order().total()).isEqualTo(Money.of("100.00", "CHF"));
    Order after = f.order(line(SMIME_1Y, 2));
    assertThat(after.lines().get(0).unitPrice()).isEqualTo(Money.of("70.00", "CHF"));
  }

  @Test
  void partnerWithoutVoucherFeatureIsRefused_O1() {
    Refusal refusal = refused(f.tryOrder(DORA, DORMANT, request(line(SMIME_1Y, 1))));
    assertThat(refusal.reasons()).containsExactly(Reason.of(ReasonCode.FEATURE_DISABLED,
        "the voucher feature is not enabled for this partner"));
    assertThat(f.store.vouchers().codeCount()).isZero();
    assertThat(f.store.vouchers().orders(OrderFilter.all(DORMANT), PageRequest.first(10)).total().count()).isZero();
  }

  @Test
  void unknownProductAndUnofferedConfigurationAreEachNamedByLine_O1_P1() {
    Refusal refusal = refused(f.tryOrder(ALICE, ACME, request(
        new OrderRequest.Line("no-such-product", 1, 0, 0, 1),
        line(SMIME_1Y, 1),
        new OrderRequest.Line("smime", 5, 0, 0, 1))));
    assertThat(refusal.codes()).containsExactly(ReasonCode.CONFIGURATION_NOT_OFFERED,
        ReasonCode.CONFIGURATION_NOT_OFFERED);
    assertThat(refusal.reasons().get(0).message()).isEqualTo("line 1: unknown product no-such-product");
    assertThat(refusal.reasons().get(1).message()).startsWith("line 3: S/MIME Basic is not offered for 5 years");
    assertThat(f.store.vouchers().codeCount()).isZero();
  }

  @Test
  void configurationWithoutListPriceIsRefused_T2() {
    Refusal refusal = refused(f.tryOrder(ALICE, ACME, request(line(ProductConfiguration.of(SMIME, 3, 0, 0), 1))));
    assertThat(refusal.codes()).containsExactly(ReasonCode.NO_PRICE);
    assertThat(refusal.reasons().get(0).message()).startsWith("line 1: the price book has no price for");
  }

  @Test
  void orderWithoutPublishedPriceBookIsRefused_T2() {
    ProgrammeFixture bare = ProgrammeFixture.withoutPriceBook();
    Refusal refusal = refused(bare.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1))));
    assertThat(refusal.reasons()).containsExactly(
        Reason.of(ReasonCode.NO_PRICE, "no price book has been published"));
    assertThat(bare.store.vouchers().codeCount()).isZero();
  }

  @Test
  void everyInputViolationIsListedAtOnce_O2() {
    Refusal refusal = refused(f.tryOrder(ALICE, ACME, new OrderRequest(
        Optional.of("x".repeat(201)), Optional.of("n".repeat(2001)), " ",
        List.of(new OrderRequest.Line(" ", 0, -1, 0, 0),
            new OrderRequest.Line("smime", 1, 0, 0, 1001),
            line(SMIME_1Y, 1000)))));
    assertThat(refusal.reasons()).extracting(Reason::message).containsExactly(
        "customer name must be at most 200 characters, got 201",
        "notes must be at most 2000 characters, got 2001",
        "payment method must be 1..64 characters",
        "line 1: product id must be 1..64 characters",
        "line 1: validity must be 1..100 years",
        "line 1: FQDN and wildcard counts cannot be negative",
        "line 1: quantity must be 1..1000, got 0",
        "line 2: quantity must be 1..1000, got 1001");
    assertThat(refusal.codes()).containsExactly(ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT, ReasonCode.INVALID_INPUT, ReasonCode.INVALID_INPUT,
        ReasonCode.INVALID_INPUT, ReasonCode.INVALID_INPUT, ReasonCode.QUANTITY_OUT_OF_RANGE,
        ReasonCode.QUANTITY_OUT_OF_RANGE);
    assertThat(f.store.vouchers().codeCount()).isZero();
  }

  @Test
  void orderWithoutLinesOrTooManyLinesIsRefused_O2() {
    assertThat(refused(f.tryOrder(ALICE, ACME, request())).reasons())
        .containsExactly(Reason.of(ReasonCode.INVALID_INPUT, "an order needs at least one line"));

    ProgrammeFixture small = ProgrammeFixture.create(s -> s.withOrderLimits(
        new OrderLimits(2, 2, 200, 2000, 64)));
    Refusal refusal = refused(small.tryOrder(ALICE, ACME,
        request(line(SMIME_1Y, 1), line(SMIME_1Y, 3), line(SMIME_2Y, 1))));
    assertThat(refusal.reasons()).extracting(Reason::message).containsExactly(
        "an order has at most 2 lines, got 3", "line 2: quantity must be 1..2, got 3");
  }

  @Test
  void largestQuantityIsAccepted_O2() {
    Order order = f.order(line(SMIME_1Y, 1000));
    assertThat(order.voucherCount()).isEqualTo(1000);
    assertThat(f.vouchersOf(order)).extracting(VoucherView::code).doesNotHaveDuplicates();
  }

  @Test
  void anotherPartnersUserCannotOrderForAPartner_A1() {
    Refusal foreign = refused(f.tryOrder(BOB, ACME, request(line(SMIME_1Y, 1))));
    Refusal missing = refused(f.tryOrder(BOB, NOWHERE, request(line(SMIME_1Y, 1))));
    assertThat(foreign).isEqualTo(missing);
    assertThat(foreign.reasons()).containsExactly(Reason.of(ReasonCode.NOT_FOUND, "partner not found"));
    assertThat(f.store.vouchers().codeCount()).isZero();
  }

  @Test
  void vendorStaffDoNotPlaceOrdersForPartners_A1() {
    assertThat(refused(f.tryOrder(PM, ACME, request(line(SMIME_1Y, 1)))).codes())
        .containsExactly(ReasonCode.NOT_FOUND);
  }

  @Test
  void clashingCodesAreRedrawnAndOnlyThoseReplaced_C1() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].clashingInserts.set(1);

    Order order = g.order(line(SMIME_1Y, 3));

    assertThat(scripted[0].insertAttempts).hasSize(2);
    List<CodeDigest> first = scripted[0].insertAttempts.get(0).stream().map(StoredCode::digest).toList();
    List<CodeDigest> second = scripted[0].insertAttempts.get(1).stream().map(StoredCode::digest).toList();
    assertThat(second.get(0)).isNotEqualTo(first.get(0));
    assertThat(second.subList(1, 3)).isEqualTo(first.subList(1, 3));
    assertThat(g.vouchersOf(order)).extracting(v -> g.stored(v.id()).code().digest())
        .containsExactlyInAnyOrderElementsOf(second);
  }

  @Test
  void codesThatKeepClashingGiveUpWithoutStoringAnything_C1() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    ProgrammeFixture g = ProgrammeFixture.withVouchers(store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].clashingInserts.set(Integer.MAX_VALUE);

    Refusal refusal = refused(g.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 2))));

    assertThat(refusal.reasons()).containsExactly(Reason.of(ReasonCode.CODE_SPACE_TOO_SMALL,
        "codes kept clashing with stored ones; the code format is too small"));
    // C-1: the first draw and five redraws
    assertThat(scripted[0].insertAttempts).hasSize(6);
    assertThat(new HashSet<>(scripted[0].insertAttempts.stream().map(c -> c.get(0)).toList())).hasSize(6);
    assertThat(g.store.vouchers().codeCount()).isZero();
    assertThat(g.store.vouchers().orders(OrderFilter.all(ACME), PageRequest.first(10)).total().count()).isZero();
  }

  @Test
  void codeFormatTooSmallForTheStoreIsRefusedBeforeGenerating_C1() {
    ScriptedVouchers[] scripted = new ScriptedVouchers[1];
    CodeFormat tiny = CodeFormat.of("", 16, List.of(4, 4, 4, 4, 1), true).get();
    ProgrammeFixture g = ProgrammeFixture.create(s -> s.withCodeFormat(tiny),
        store -> scripted[0] = new ScriptedVouchers(store));
    scripted[0].claimCodeCount(5_000_000_000_000_000_000L);

    Refusal refusal = refused(g.tryOrder(ALICE, ACME, request(line(SMIME_1Y, 1))));

    assertThat(refusal.codes()).containsExactly(ReasonCode.CODE_SPACE_TOO_SMALL);
    assertThat(refusal.reasons().get(0).message())
        .startsWith("the code format allows " + tiny.capacity() + " codes; 1 more would collide");
    assertThat(scripted[0].insertAttempts).isEmpty();

    scripted[0].claimCodeCount(0);
    Order order = g.order(line(SMIME_1Y, 1));
    assertThat(g.vouchersOf(order).get(0).code()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]");
  }

  @Test
  void domainValidatedProductIsOrderedWithItsConfiguration_O2() {
    Order order = f.order(line(SSL_DV_1Y, 1));
    assertThat(f.vouchersOf(order)).singleElement()
        .satisfies(v -> assertThat(v.configuration()).isEqualTo(SSL_DV_1Y));
  }
}
