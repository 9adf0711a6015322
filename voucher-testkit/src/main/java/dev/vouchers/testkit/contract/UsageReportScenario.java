// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.catalog.domain.PriceBook;
import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.ProductKind;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.port.in.DefineProduct;
import dev.vouchers.core.catalog.port.in.PublishPriceBook;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.StaffRole;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.OrderRequest;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.CancelOrder;
import dev.vouchers.core.ordering.port.in.OrderVouchers;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.programme.application.VoucherProgramme;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;

/**
 * M-6: the scenario {@link UsageReportContract} reports on (ADR 0050), over an adapter's
 * storage: two partners, two products, a price book, and the orders, links, redemptions, a
 * cancellation and expiries (swept and not) of three days; with the calls its tests make.
 */
public abstract class UsageReportScenario extends StorageContract {
  static final PartnerId ALPHA = new PartnerId("usage-alpha");
  static final PartnerId BETA = new PartnerId("usage-beta");
  static final ProductId DV = new ProductId("ssl-dv");
  static final ProductId OV = new ProductId("ssl-ov");
  static final ProductConfiguration DV_1Y = ProductConfiguration.of(DV, 1, 1, 0);
  static final ProductConfiguration OV_1Y = ProductConfiguration.of(OV, 1, 1, 0);
  static final Actor ALPHA_AGENT =
      new Actor.PartnerUser(new UserId("alpha-agent"), ALPHA, PartnerRole.ADMIN_AGENT);
  static final Actor BETA_SALES =
      new Actor.PartnerUser(new UserId("beta-sales"), BETA, PartnerRole.SALES_AGENT);
  static final Actor SUPPORT = Actor.VendorStaff.of(new UserId("support"),
      StaffRole.SUPPORT);
  static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  static final Instant DAY1 = Instant.parse("2025-03-03T09:00:00Z");
  static final Instant DAY2 = Instant.parse("2025-03-04T12:00:00Z");
  static final Instant DAY3 = Instant.parse("2025-03-05T08:30:00Z");
  /** One year after DAY1, when the sweep runs: the day-1 vouchers are due. */
  static final Instant SWEEP = Instant.parse("2026-03-04T10:00:00Z");
  /** After the day-2 order's expiry (2026-03-04T12:00), which no sweep wrote. */
  static final Instant LATER = Instant.parse("2026-03-05T10:00:00Z");

  final MutableClock clock = new MutableClock(DAY1);
  VoucherProgramme programme;

  @BeforeEach
  final void wireTheProgramme() {
    programme = storage.programme(clock).build();
    for (PartnerId partner : List.of(ALPHA, BETA)) {
      require(programme.partners().registerPartner().register(new RegisterPartner.Command(MANAGER,
          new Partner(partner, partner.value(), Tier.GOLD, Set.of(Feature.VOUCHERS),
              Locale.ENGLISH))));
    }
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(DV).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(OV).name("SSL OV").kind(ProductKind.SSL_OV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.catalog().publishPriceBook().publish(new PublishPriceBook.Command(MANAGER,
        PriceBook.builder("CHF").listPrice(DV_1Y, Money.of("50.00", "CHF"))
            .listPrice(OV_1Y, Money.of("120.05", "CHF")).build())));
  }

  /**
   * The scenario: day 1, alpha buys 3 DV and 1 OV, beta 2 DV; alpha sends a link (and resends
   * it, not counted again). Day 2: alpha redeems its assigned DV and its OV and buys another
   * OV; beta sends a link. Day 3: beta buys 1 DV and cancels that order. A year later the sweep
   * expires the day-1 vouchers still unused; the day-2 OV expires unswept.
   */
  void playTheScenario() {
    clock.set(DAY1);
    PlacedOrder alpha1 = order(ALPHA_AGENT, ALPHA, line(DV, 3), line(OV, 1));
    PlacedOrder beta1 = order(BETA_SALES, BETA, line(DV, 2));
    VoucherId alphaDv = first(alpha1, DV_1Y);
    send(ALPHA_AGENT, alphaDv, "first@customer.example");
    send(ALPHA_AGENT, alphaDv, "second@customer.example");
    clock.set(DAY2);
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(ALPHA_AGENT,
        VoucherRef.id(alphaDv))));
    require(programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(ALPHA_AGENT,
        VoucherRef.id(first(alpha1, OV_1Y)))));
    order(ALPHA_AGENT, ALPHA, line(OV, 1));
    send(BETA_SALES, first(beta1, DV_1Y), "beta@customer.example");
    clock.set(DAY3);
    PlacedOrder beta2 = order(BETA_SALES, BETA, line(DV, 1));
    require(programme.ordering().cancelOrder().cancel(new CancelOrder.Command(BETA_SALES,
        beta2.order().id(), "changed their mind")));
    clock.set(SWEEP);
    assertThat(require(programme.vouchers().expireDueVouchers().expire(
        new ExpireDueVouchers.Command(new Actor.Service("sweep"), 100))))
        .isEqualTo(4);
    clock.set(LATER);
  }

  /** One step of a run; a refused move is part of the run (it changes nothing). */
  void play(int step, Actor agent, PartnerId partner, List<PlacedOrder> orders,
      List<VoucherId> vouchers) {
    int kind = step % 10;
    int pick = step / 10;
    if (kind < 3 || vouchers.isEmpty()) {
      PlacedOrder placed = order(agent, partner, line(pick % 2 == 0 ? DV : OV, 1 + pick % 3));
      orders.add(placed);
      for (int i = 0; i < placed.codes().size(); i++) {
        vouchers.add(placed.voucher(i));
      }
      return;
    }
    VoucherId voucher = vouchers.get(pick % vouchers.size());
    switch (kind) {
      case 3, 4 -> programme.vouchers().sendActivationLink().send(new SendActivationLink.Command(
          agent,
          voucher, "r" + pick + "@customer.example", "Enjoy"));
      case 5 -> programme.vouchers().withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(agent, voucher, "wrong address"));
      case 6 -> programme.vouchers().markRedeemed().redeem(new MarkRedeemed.Command(agent,
          VoucherRef.id(voucher)));
      case 7 -> programme.ordering().cancelOrder().cancel(new CancelOrder.Command(agent,
          orders.get(pick % orders.size()).order().id(), "not needed"));
      case 8 -> clock.advance(Duration.ofHours(5L + pick * 3L));
      default -> {
        clock.advance(Duration.ofDays(pick % 2 == 0 ? 40 : 200));
        if (pick % 3 == 0) {
          programme.vouchers().expireDueVouchers().expire(
              new ExpireDueVouchers.Command(new Actor.Service("sweep"), 1000));
        }
      }
    }
  }

  // ------------------------------------------------------------------------------ helpers

  static UsageReport.Command command(Actor who, Optional<PartnerId> partner,
      String from, String to, UsageBucket bucket) {
    return new UsageReport.Command(who, partner, Instant.parse(from), Instant.parse(to), bucket);
  }

  List<UsageRow> rows(Actor who, Optional<PartnerId> partner, String from, String to,
      UsageBucket bucket) {
    List<UsageRow> rows = new ArrayList<>();
    Either<Refusal, Long> answer =
        programme.ordering().usageReport().rows(command(who, partner, from, to, bucket), rows::add);
    assertThat(answer.isRight()).as("%s", answer).isTrue();
    assertThat(answer.get()).isEqualTo(rows.size());
    assertThat(rows).isSortedAccordingTo(UsageRow.ORDER);
    return rows;
  }

  static OrderRequest.Line line(ProductId product, int quantity) {
    return new OrderRequest.Line(product.value(), 1, 1, 0, quantity);
  }

  PlacedOrder order(Actor who, PartnerId partner, OrderRequest.Line... lines) {
    return require(programme.ordering().orderVouchers().order(new OrderVouchers.Command(who,
        partner,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(lines)))));
  }

  VoucherId first(PlacedOrder order, ProductConfiguration configuration) {
    for (int i = 0; i < order.codes().size(); i++) {
      VoucherId id = order.voucher(i);
      if (storage.vouchers().voucher(id).orElseThrow().configuration().equals(configuration)) {
        return id;
      }
    }
    throw new AssertionError("no voucher of " + configuration);
  }

  void send(Actor who, VoucherId voucher, String recipient) {
    require(programme.vouchers().sendActivationLink().send(
        new SendActivationLink.Command(who, voucher, recipient, "Enjoy")));
  }

  static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }
}
