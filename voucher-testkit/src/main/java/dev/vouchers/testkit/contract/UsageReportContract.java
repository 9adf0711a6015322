// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import dev.vouchers.core.kernel.ReasonCode;
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
import dev.vouchers.core.programme.domain.ProgrammeSettings;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.testkit.MutableClock;
import io.vavr.control.Either;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * M-6: the usage report over an adapter's storage (ADR 0050): two partners, two products,
 * orders, activation links, redemptions, a cancellation and expiries (swept and not) on
 * different days; the exact counts and money of every row, by day and by month, for staff and
 * for a partner (its own rows only), an empty period, the half-open interval and the refused
 * inputs.
 */
public abstract class UsageReportContract extends StorageContract {
  private static final PartnerId ALPHA = new PartnerId("usage-alpha");
  private static final PartnerId BETA = new PartnerId("usage-beta");
  private static final ProductId DV = new ProductId("ssl-dv");
  private static final ProductId OV = new ProductId("ssl-ov");
  private static final ProductConfiguration DV_1Y = ProductConfiguration.of(DV, 1, 1, 0);
  private static final ProductConfiguration OV_1Y = ProductConfiguration.of(OV, 1, 1, 0);
  private static final Actor ALPHA_AGENT =
      new Actor.PartnerUser(new UserId("alpha-agent"), ALPHA, PartnerRole.ADMIN_AGENT);
  private static final Actor BETA_SALES =
      new Actor.PartnerUser(new UserId("beta-sales"), BETA, PartnerRole.SALES_AGENT);
  private static final Actor SUPPORT = Actor.VendorStaff.of(new UserId("support"),
      StaffRole.SUPPORT);
  private static final Actor MANAGER =
      Actor.VendorStaff.of(new UserId("pm"), StaffRole.PARTNER_MANAGER);

  private static final Instant DAY1 = Instant.parse("2025-03-03T09:00:00Z");
  private static final Instant DAY2 = Instant.parse("2025-03-04T12:00:00Z");
  private static final Instant DAY3 = Instant.parse("2025-03-05T08:30:00Z");
  /** One year after DAY1, when the sweep runs: the day-1 vouchers are due. */
  private static final Instant SWEEP = Instant.parse("2026-03-04T10:00:00Z");
  /** After the day-2 order's expiry (2026-03-04T12:00), which no sweep wrote. */
  private static final Instant LATER = Instant.parse("2026-03-05T10:00:00Z");

  private final MutableClock clock = new MutableClock(DAY1);
  private VoucherProgramme programme;

  @BeforeEach
  final void wireTheProgramme() {
    programme = VoucherProgramme.builder()
        .settings(ProgrammeSettings.builder()
            .redemptionBaseUrl(URI.create("https://shop.example/redeem")).build())
        .clock(clock)
        .vouchers(storage.vouchers()).partners(storage.partners())
        .catalog(storage.catalog()).mandates(storage.mandates())
        .codeVault(CodeVault.withRandomKeys())
        .build();
    for (PartnerId partner : List.of(ALPHA, BETA)) {
      require(programme.registerPartner().register(new RegisterPartner.Command(MANAGER,
          new Partner(partner, partner.value(), Tier.GOLD, Set.of(Feature.VOUCHERS),
              Locale.ENGLISH))));
    }
    require(programme.defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(DV).name("SSL DV").kind(ProductKind.SSL_DV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.defineProduct().define(new DefineProduct.Command(MANAGER,
        Product.builder().id(OV).name("SSL OV").kind(ProductKind.SSL_OV)
            .addValidityYears(1).minFqdns(1).maxFqdns(1).build())));
    require(programme.publishPriceBook().publish(new PublishPriceBook.Command(MANAGER,
        PriceBook.builder("CHF").listPrice(DV_1Y, Money.of("50.00", "CHF"))
            .listPrice(OV_1Y, Money.of("120.05", "CHF")).build())));
  }

  /**
   * The scenario: day 1, alpha buys 3 DV and 1 OV, beta 2 DV; alpha sends a link (and resends
   * it, not counted again). Day 2: alpha redeems its assigned DV and its OV and buys another
   * OV; beta sends a link. Day 3: beta buys 1 DV and cancels that order. A year later the sweep
   * expires the day-1 vouchers still unused; the day-2 OV expires unswept.
   */
  private void playTheScenario() {
    clock.set(DAY1);
    PlacedOrder alpha1 = order(ALPHA_AGENT, ALPHA, line(DV, 3), line(OV, 1));
    PlacedOrder beta1 = order(BETA_SALES, BETA, line(DV, 2));
    VoucherId alphaDv = first(alpha1, DV_1Y);
    send(ALPHA_AGENT, alphaDv, "first@customer.example");
    send(ALPHA_AGENT, alphaDv, "second@customer.example");
    clock.set(DAY2);
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(ALPHA_AGENT,
        VoucherRef.id(alphaDv))));
    require(programme.markRedeemed().redeem(new MarkRedeemed.Command(ALPHA_AGENT,
        VoucherRef.id(first(alpha1, OV_1Y)))));
    order(ALPHA_AGENT, ALPHA, line(OV, 1));
    send(BETA_SALES, first(beta1, DV_1Y), "beta@customer.example");
    clock.set(DAY3);
    PlacedOrder beta2 = order(BETA_SALES, BETA, line(DV, 1));
    require(programme.cancelOrder().cancel(new CancelOrder.Command(BETA_SALES,
        beta2.order().id(), "changed their mind")));
    clock.set(SWEEP);
    assertThat(require(programme.expireDueVouchers().expire(
        new ExpireDueVouchers.Command(new Actor.Service("sweep"), 100))))
        .isEqualTo(4);
    clock.set(LATER);
  }

  @Test
  void staffSeeEveryPartnersRowsByDayWithTheirMoney_M6() {
    playTheScenario();

    List<UsageRow> rows = rows(SUPPORT, Optional.empty(), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY);

    assertThat(UsageTally.lines(rows)).containsExactly(
        "usage-alpha ssl-dv 2025-03-03 CHF issued=3/150.00 assigned=1/50.00",
        "usage-alpha ssl-dv 2025-03-04 CHF redeemed=1/50.00",
        "usage-alpha ssl-ov 2025-03-03 CHF issued=1/120.05",
        "usage-alpha ssl-ov 2025-03-04 CHF issued=1/120.05 redeemed=1/120.05",
        "usage-beta ssl-dv 2025-03-03 CHF issued=2/100.00",
        "usage-beta ssl-dv 2025-03-04 CHF assigned=1/50.00",
        "usage-beta ssl-dv 2025-03-05 CHF issued=1/50.00 cancelled=1/50.00");
  }

  @Test
  void expiriesCountAtTheirExpiryInstantSweptOrNot_M6_V4() {
    playTheScenario();

    List<UsageRow> rows = rows(MANAGER, Optional.empty(), "2026-03-01T00:00:00Z",
        "2026-04-01T00:00:00Z", UsageBucket.MONTH);

    assertThat(UsageTally.lines(rows)).containsExactly(
        "usage-alpha ssl-dv 2026-03-01 CHF expired=2/100.00",
        "usage-alpha ssl-ov 2026-03-01 CHF expired=1/120.05",
        "usage-beta ssl-dv 2026-03-01 CHF expired=2/100.00");
  }

  @Test
  void monthsAddUpTheDays_M6() {
    playTheScenario();

    List<UsageRow> rows = rows(SUPPORT, Optional.empty(), "2025-03-01T00:00:00Z",
        "2026-04-01T00:00:00Z", UsageBucket.MONTH);

    assertThat(UsageTally.lines(rows)).containsExactly(
        "usage-alpha ssl-dv 2025-03-01 CHF issued=3/150.00 assigned=1/50.00 redeemed=1/50.00",
        "usage-alpha ssl-dv 2026-03-01 CHF expired=2/100.00",
        "usage-alpha ssl-ov 2025-03-01 CHF issued=2/240.10 redeemed=1/120.05",
        "usage-alpha ssl-ov 2026-03-01 CHF expired=1/120.05",
        "usage-beta ssl-dv 2025-03-01 CHF issued=3/150.00 assigned=1/50.00 cancelled=1/50.00",
        "usage-beta ssl-dv 2026-03-01 CHF expired=2/100.00");
  }

  @Test
  void theIntervalIsHalfOpen_M6() {
    playTheScenario();

    // from the first order's instant (counted) to the redemptions' instant (not counted)
    List<UsageRow> rows = rows(SUPPORT, Optional.of(ALPHA), DAY1.toString(), DAY2.toString(),
        UsageBucket.DAY);

    assertThat(UsageTally.lines(rows)).containsExactly(
        "usage-alpha ssl-dv 2025-03-03 CHF issued=3/150.00 assigned=1/50.00",
        "usage-alpha ssl-ov 2025-03-03 CHF issued=1/120.05");
  }

  @Test
  void aPartnerSeesOnlyItsOwnRows_M6_A1() {
    playTheScenario();

    List<UsageRow> own = rows(BETA_SALES, Optional.empty(), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY);
    List<UsageRow> named = rows(BETA_SALES, Optional.of(BETA), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY);
    Either<Refusal, Long> other = programme.usageReport().rows(command(BETA_SALES,
        Optional.of(ALPHA), "2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", UsageBucket.DAY),
        row -> { });

    assertThat(UsageTally.lines(own)).containsExactly(
        "usage-beta ssl-dv 2025-03-03 CHF issued=2/100.00",
        "usage-beta ssl-dv 2025-03-04 CHF assigned=1/50.00",
        "usage-beta ssl-dv 2025-03-05 CHF issued=1/50.00 cancelled=1/50.00");
    assertThat(named).isEqualTo(own);
    assertThat(other.getLeft().codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(other.getLeft()).isEqualTo(programme.usageReport().rows(command(BETA_SALES,
        Optional.of(new PartnerId("no-such-partner")), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY), row -> { }).getLeft());
  }

  @Test
  void theCsvStreamsTheRowsWithExactAmounts_M6_S1() {
    playTheScenario();
    StringWriter out = new StringWriter();

    Either<Refusal, Long> written = programme.usageReport().csv(command(BETA_SALES,
        Optional.empty(), "2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", UsageBucket.DAY), out);

    assertThat(written.get()).isEqualTo(3);
    assertThat(out.toString()).isEqualTo(String.join("\r\n",
        "partner,product,validity_years,fqdns,wildcards,period,currency,issued,issued_amount,"
            + "assigned,assigned_amount,redeemed,redeemed_amount,expired,expired_amount,"
            + "cancelled,cancelled_amount",
        "usage-beta,ssl-dv,1,1,0,2025-03-03,CHF,2,100.00,0,0.00,0,0.00,0,0.00,0,0.00",
        "usage-beta,ssl-dv,1,1,0,2025-03-04,CHF,0,0.00,1,50.00,0,0.00,0,0.00,0,0.00",
        "usage-beta,ssl-dv,1,1,0,2025-03-05,CHF,1,50.00,0,0.00,0,0.00,0,0.00,1,50.00", ""));
  }

  @Test
  void anEmptyPeriodHasNoRows_M6() {
    playTheScenario();
    StringWriter out = new StringWriter();

    Either<Refusal, Long> written = programme.usageReport().csv(command(SUPPORT,
        Optional.empty(), "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", UsageBucket.DAY), out);

    assertThat(written.get()).isZero();
    assertThat(out.toString()).isEqualTo(String.join(",", UsageReport.CSV_HEADER) + "\r\n");
    assertThat(rows(ALPHA_AGENT, Optional.empty(), "2025-03-06T00:00:00Z",
        "2025-03-07T00:00:00Z", UsageBucket.DAY)).isEmpty();
  }

  @Test
  void refusesBadIntervalsAndStrangersWritingNothing_M6_L4() {
    playTheScenario();

    assertRefused(command(SUPPORT, Optional.empty(), "2025-03-02T00:00:00Z",
        "2025-03-01T00:00:00Z", UsageBucket.DAY), ReasonCode.INVALID_INPUT);
    assertRefused(command(SUPPORT, Optional.empty(), "2025-03-01T00:00:00Z",
        "2025-03-01T00:00:00Z", UsageBucket.DAY), ReasonCode.INVALID_INPUT);
    assertRefused(command(SUPPORT, Optional.empty(), "2025-01-01T00:00:00Z",
        "2026-01-03T00:00:00Z", UsageBucket.DAY), ReasonCode.INVALID_INPUT);
    assertRefused(command(SUPPORT, Optional.empty(), "2015-01-01T00:00:00Z",
        "2026-01-03T00:00:00Z", UsageBucket.MONTH), ReasonCode.INVALID_INPUT);
    assertRefused(new UsageReport.Command(SUPPORT, Optional.empty(), Instant.MIN,
        Instant.parse("2025-01-01T00:00:00Z"), UsageBucket.DAY), ReasonCode.INVALID_INPUT);
    assertRefused(new UsageReport.Command(SUPPORT, Optional.empty(),
        Instant.parse("2025-01-01T00:00:00Z"), Instant.MAX, UsageBucket.MONTH),
        ReasonCode.INVALID_INPUT);
    assertRefused(command(new Actor.CodeHolder("someone"), Optional.empty(),
        "2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", UsageBucket.DAY), ReasonCode.NOT_FOUND);
    assertRefused(command(ALPHA_AGENT, Optional.of(BETA), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY), ReasonCode.NOT_FOUND);
  }

  private void assertRefused(UsageReport.Command command, ReasonCode code) {
    StringWriter out = new StringWriter();
    Either<Refusal, Long> answer = programme.usageReport().csv(command, out);
    assertThat(answer.isLeft()).as("%s", answer).isTrue();
    assertThat(answer.getLeft().codes()).containsExactly(code);
    assertThat(out.toString()).isEmpty();
  }

  /**
   * A property: random sequences of orders, activation links, withdrawals, redemptions,
   * cancellations, passing time and sweeps, each on a partner of its own, give a report (by
   * month over the whole run, and by day over its first year) equal to a direct tally of what
   * the store holds: every voucher's issue, its recorded moves and its expiry as seen now, each
   * at its unit price.
   */
  @Test
  void theReportEqualsADirectTallyOfTheHistory_M6() {
    AtomicInteger runs = new AtomicInteger();
    qt().withFixedSeed(20_261_206L).withExamples(12).withShrinkCycles(10)
        .forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 25))
        .checkAssert(steps -> {
          PartnerId partner = new PartnerId("usage-run-" + runs.incrementAndGet());
          Actor agent = new Actor.PartnerUser(new UserId("agent"), partner, PartnerRole.ADMIN);
          clock.set(DAY1);
          require(programme.registerPartner().register(new RegisterPartner.Command(MANAGER,
              new Partner(partner, partner.value(), Tier.GOLD, Set.of(Feature.VOUCHERS),
                  Locale.ENGLISH))));
          List<PlacedOrder> orders = new ArrayList<>();
          List<VoucherId> vouchers = new ArrayList<>();
          for (int step : steps) {
            play(step, agent, partner, orders, vouchers);
          }
          Instant from = DAY1.minus(Duration.ofDays(1));
          assertThat(UsageTally.lines(rows(SUPPORT, Optional.of(partner), from.toString(),
              from.plus(UsageBucket.MONTH.maxSpan()).toString(), UsageBucket.MONTH)))
              .as("by month after %s", steps)
              .isEqualTo(UsageTally.lines(UsageTally.of(storage.vouchers(), clock.instant(), vouchers, from, from.plus(UsageBucket.MONTH.maxSpan()),
                  UsageBucket.MONTH)));
          assertThat(UsageTally.lines(rows(agent, Optional.empty(), from.toString(),
              from.plus(UsageBucket.DAY.maxSpan()).toString(), UsageBucket.DAY)))
              .as("by day after %s", steps)
              .isEqualTo(UsageTally.lines(UsageTally.of(storage.vouchers(), clock.instant(), vouchers, from, from.plus(UsageBucket.DAY.maxSpan()),
                  UsageBucket.DAY)));
        });
  }

  /** One step of a run; a refused move is part of the run (it changes nothing). */
  private void play(int step, Actor agent, PartnerId partner, List<PlacedOrder> orders,
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
      case 3, 4 -> programme.sendActivationLink().send(new SendActivationLink.Command(agent,
          voucher, "r" + pick + "@customer.example", "Enjoy"));
      case 5 -> programme.withdrawActivationLink().withdraw(
          new WithdrawActivationLink.Command(agent, voucher, "wrong address"));
      case 6 -> programme.markRedeemed().redeem(new MarkRedeemed.Command(agent,
          VoucherRef.id(voucher)));
      case 7 -> programme.cancelOrder().cancel(new CancelOrder.Command(agent,
          orders.get(pick % orders.size()).order().id(), "not needed"));
      case 8 -> clock.advance(Duration.ofHours(5L + pick * 3L));
      default -> {
        clock.advance(Duration.ofDays(pick % 2 == 0 ? 40 : 200));
        if (pick % 3 == 0) {
          programme.expireDueVouchers().expire(
              new ExpireDueVouchers.Command(new Actor.Service("sweep"), 1000));
        }
      }
    }
  }

  // ------------------------------------------------------------------------------ helpers

  private static UsageReport.Command command(Actor who, Optional<PartnerId> partner,
      String from, String to, UsageBucket bucket) {
    return new UsageReport.Command(who, partner, Instant.parse(from), Instant.parse(to), bucket);
  }

  private List<UsageRow> rows(Actor who, Optional<PartnerId> partner, String from, String to,
      UsageBucket bucket) {
    List<UsageRow> rows = new ArrayList<>();
    Either<Refusal, Long> answer =
        programme.usageReport().rows(command(who, partner, from, to, bucket), rows::add);
    assertThat(answer.isRight()).as("%s", answer).isTrue();
    assertThat(answer.get()).isEqualTo(rows.size());
    assertThat(rows).isSortedAccordingTo(UsageRow.ORDER);
    return rows;
  }

  private static OrderRequest.Line line(ProductId product, int quantity) {
    return new OrderRequest.Line(product.value(), 1, 1, 0, quantity);
  }

  private PlacedOrder order(Actor who, PartnerId partner, OrderRequest.Line... lines) {
    return require(programme.orderVouchers().order(new OrderVouchers.Command(who, partner,
        new OrderRequest(Optional.of("Customer"), Optional.empty(), "invoice",
            List.of(lines)))));
  }

  private VoucherId first(PlacedOrder order, ProductConfiguration configuration) {
    for (int i = 0; i < order.codes().size(); i++) {
      VoucherId id = order.voucher(i);
      if (storage.vouchers().voucher(id).orElseThrow().configuration().equals(configuration)) {
        return id;
      }
    }
    throw new AssertionError("no voucher of " + configuration);
  }

  private void send(Actor who, VoucherId voucher, String recipient) {
    require(programme.sendActivationLink().send(
        new SendActivationLink.Command(who, voucher, recipient, "Enjoy")));
  }

  private static <T> T require(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("%s", result).isTrue();
    return result.get();
  }
}
