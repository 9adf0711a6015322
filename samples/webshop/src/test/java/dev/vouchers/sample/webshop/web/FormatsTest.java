// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.VoucherId;
import org.junit.jupiter.api.Test;

/** How the pages name orders and vouchers for people: short, and the same everywhere. */
class FormatsTest {
  private final Formats fmt = new Formats();

  @Test
  void anOrderIsNamedByItsNumberInThreeGroups_M4() {
    dev.vouchers.core.kernel.Money price = dev.vouchers.core.kernel.Money.ofMinor("CHF", 100);
    dev.vouchers.core.ordering.domain.Order order = new dev.vouchers.core.ordering.domain.Order(
        OrderId.of("o-1"), new dev.vouchers.core.ordering.domain.OrderNumber(123_456_789L),
        new dev.vouchers.core.kernel.PartnerId("p"), java.util.Optional.empty(),
        java.util.Optional.empty(), "invoice", java.util.List.of(
            new dev.vouchers.core.ordering.domain.OrderLine(1,
                dev.vouchers.core.catalog.domain.ProductConfiguration.of(
                    new dev.vouchers.core.kernel.ProductId("ssl-dv"), 1, 1, 0), "SSL DV", 1,
                new dev.vouchers.core.catalog.domain.PriceQuote(price, price,
                    dev.vouchers.core.catalog.domain.PriceSource.LIST_PRICE))),
        java.time.Instant.EPOCH, "x", dev.vouchers.core.ordering.domain.OrderStatus.OPEN,
        java.util.Optional.empty(), 0);
    assertThat(fmt.orderNo(order)).isEqualTo("123 456 789");
  }

  @Test
  void anOrderKnownOnlyByItsIdIsNamedByTheFirstEightCharactersOfItsId() {
    assertThat(fmt.orderNo(OrderId.of("0ccb0889-fa31-4792-98a6-68f4e11c3319")))
        .isEqualTo("0ccb0889");
    assertThat(fmt.orderNo(OrderId.of("short"))).isEqualTo("short");
  }

  @Test
  void aVoucherIsNamedByItsOrdersShortNumberAndItsSequence() {
    assertThat(fmt.voucherNo(VoucherId.of("0ccb0889-fa31-4792-98a6-68f4e11c3319-0000012")))
        .isEqualTo("0ccb0889-0000012");
    assertThat(fmt.voucherNo(VoucherId.of("an-opaque-voucher-id"))).isEqualTo("an-opaqu");
  }

  private static dev.vouchers.core.voucher.port.in.VoucherView view(String id, String order,
      String orderNumber) {
    return new dev.vouchers.core.voucher.port.in.VoucherView(VoucherId.of(id), OrderId.of(order),
        "****-ABCD", dev.vouchers.core.voucher.domain.VoucherStatus.VALID,
        dev.vouchers.core.catalog.domain.ProductConfiguration.of(
            new dev.vouchers.core.kernel.ProductId("smime"), 1, 0, 0), "S/MIME",
        java.time.Instant.EPOCH, java.time.Instant.EPOCH, java.util.Optional.empty(),
        java.util.Optional.empty(), java.util.Optional.empty(),
        java.net.URI.create("https://shop.example/redeem"), orderNumber);
  }

  @Test
  void aVoucherViewIsNamedByItsOrdersNumberAndItsSequence_M4() {
    String order = "0ccb0889-fa31-4792-98a6-68f4e11c3319";
    var numbered = view(order + "-0000012", order, "123 456 789");
    assertThat(fmt.voucherNo(numbered)).isEqualTo("123 456 789-0000012");
    assertThat(fmt.orderNo(numbered)).isEqualTo("123 456 789");
    // a view that names no order (an end customer's) falls back to the id's first characters
    var unnamed = view(order + "-0000012", order, "");
    assertThat(fmt.voucherNo(unnamed)).isEqualTo("0ccb0889-0000012");
    assertThat(fmt.orderNo(unnamed)).isEqualTo("0ccb0889");
    assertThat(fmt.voucherNo(view("an-opaque-voucher-id", order, "123 456 789")))
        .isEqualTo("an-opaqu");
  }

  @Test
  void peopleAreNamedNotDescribedAsPrincipals() {
    assertThat(fmt.who("partner:alpine-hosting/anna(ADMIN)")).isEqualTo("Anna Amrein");
    assertThat(fmt.who("vendor:petra[PARTNER_MANAGER]")).isEqualTo("Petra Pfister");
    assertThat(fmt.who("customer:web-session-1a2b")).isEqualTo("end customer");
    assertThat(fmt.who("service:shop-sign-up")).isEqualTo("the shop");
    assertThat(fmt.who("someone else")).isEqualTo("someone else");
  }

  @Test
  void aHistorysDataReadsAsWordsNotAsAMapDump() {
    java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
    data.put("recipient", "kunde@example.ch");
    data.put("type", "PENDING_ACTIVATION");
    data.put("by", "partner:alpine-hosting/anna(ADMIN)");
    data.put("expiresAt", "2027-01-05T11:19:33.262838Z");
    assertThat(fmt.data(data)).isEqualTo("recipient: kunde@example.ch; type: Pending activation;"
        + " by: Anna Amrein; expires: 05.01.2027 12:19");
    assertThat(fmt.data(java.util.Map.of())).isEmpty();
  }

  @Test
  void historyFieldsTiersAndTheLibrarysReasonsReadInTheReadersLanguage() {
    java.util.Map<String, String> data = new java.util.LinkedHashMap<>();
    data.put("expiresAt", "2027-01-05T11:19:33.262838Z");
    data.put("billingFrequency", "MONTHLY");
    data.put("someNewField", "x");
    org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.GERMAN);
    try {
      assertThat(fmt.data(data)).isEqualTo(
          "läuft ab: 05.01.2027 12:19; Abrechnung: Monatlich; some new field: x");
      assertThat(fmt.tier(dev.vouchers.core.catalog.domain.Tier.SILVER)).isEqualTo("Silber");
      assertThat(fmt.tier(new dev.vouchers.core.catalog.domain.Tier("DIAMOND_PLUS")))
          .isEqualTo("Diamond plus");
      assertThat(fmt.why("term renewed (auto-renew is on)"))
          .isEqualTo("Laufzeit verlängert (automatische Verlängerung ist an)");
      assertThat(fmt.why("bought for customer muster-ag"))
          .isEqualTo("gekauft für den Kunden muster-ag");
      assertThat(fmt.why("Kunde wünscht es so")).isEqualTo("Kunde wünscht es so");
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }
    org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.ENGLISH);
    try {
      assertThat(fmt.tier(dev.vouchers.core.catalog.domain.Tier.SILVER)).isEqualTo("Silver");
      assertThat(fmt.why("term renewed (auto-renew is on)"))
          .isEqualTo("term renewed (auto-renew is on)");
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }
  }

  @Test
  void aPricingIsNamedInWordsNotDescribed_I3() {
    assertThat(fmt.pricing(new dev.vouchers.core.subaccount.domain.Pricing.ListPrices()))
        .isEqualTo("list prices");
    assertThat(fmt.pricing(new dev.vouchers.core.subaccount.domain.Pricing.PartnerTier()))
        .isEqualTo("partner tier prices");
    assertThat(fmt.pricing(new dev.vouchers.core.subaccount.domain.Pricing.CustomDiscount(
        new java.math.BigDecimal("12.5")))).isEqualTo("discount 12.5%");
  }
}
