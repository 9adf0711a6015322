// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.PartnerRole;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.UserId;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageQuery;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.in.PlacedOrder;
import dev.vouchers.core.ordering.port.in.UsageReport;
import dev.vouchers.core.ordering.port.out.UsageReports;
import dev.vouchers.core.partner.domain.Feature;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import io.vavr.control.Either;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * M-6: the usage report over an adapter's storage (ADR 0050): two partners, two products,
 * orders, activation links, redemptions, a cancellation and expiries (swept and not) on
 * different days; the exact counts and money of every row, by day and by month, for staff and
 * for a partner (its own rows only), an empty period, the half-open interval and the refused
 * inputs.
 */
public abstract class UsageReportContract extends UsageReportScenario {
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
    Either<Refusal, Long> other = programme.ordering().usageReport().rows(command(BETA_SALES,
        Optional.of(ALPHA), "2025-03-01T00:00:00Z", "2025-04-01T00:00:00Z", UsageBucket.DAY),
        row -> { });

    assertThat(UsageTally.lines(own)).containsExactly(
        "usage-beta ssl-dv 2025-03-03 CHF issued=2/100.00",
        "usage-beta ssl-dv 2025-03-04 CHF assigned=1/50.00",
        "usage-beta ssl-dv 2025-03-05 CHF issued=1/50.00 cancelled=1/50.00");
    assertThat(named).isEqualTo(own);
    assertThat(other.getLeft().codes()).containsExactly(ReasonCode.NOT_FOUND);
    assertThat(other.getLeft()).isEqualTo(programme.ordering().usageReport().rows(command(
        BETA_SALES,
        Optional.of(new PartnerId("no-such-partner")), "2025-03-01T00:00:00Z",
        "2025-04-01T00:00:00Z", UsageBucket.DAY), row -> { }).getLeft());
  }

  /**
   * M-6, A-1 at the port itself: a query naming a partner answers exactly that partner's rows
   * of the report of every partner, whatever the bucket, and nothing for a partner without
   * vouchers. The use case hands its scope to the store and filters nothing after it, so this is
   * the store's own promise, checked here without a use case in between.
   */
  @Test
  void theStoreReportsOnlyTheNamedPartnersRows_M6_A1() {
    Assumptions.assumeTrue(storage.vouchers() instanceof UsageReports,
        "the storage's vouchers are not its usage reports");
    UsageReports store = (UsageReports) storage.vouchers();
    playTheScenario();
    Instant from = Instant.parse("2025-03-01T00:00:00Z");
    for (UsageBucket bucket : UsageBucket.values()) {
      Instant to = from.plus(bucket.maxSpan());
      List<UsageRow> every = storeRows(store, Optional.empty(), from, to, bucket);
      List<UsageRow> alpha = storeRows(store, Optional.of(ALPHA), from, to, bucket);
      List<UsageRow> beta = storeRows(store, Optional.of(BETA), from, to, bucket);

      assertThat(alpha).as("alpha by %s", bucket).isNotEmpty()
          .isEqualTo(every.stream().filter(row -> row.partner().equals(ALPHA)).toList());
      assertThat(beta).as("beta by %s", bucket).isNotEmpty()
          .isEqualTo(every.stream().filter(row -> row.partner().equals(BETA)).toList());
      assertThat(every).as("every partner by %s", bucket).hasSize(alpha.size() + beta.size());
      assertThat(storeRows(store, Optional.of(new PartnerId("usage-nobody")), from, to, bucket))
          .as("a partner without vouchers by %s", bucket).isEmpty();
    }
  }

  private List<UsageRow> storeRows(UsageReports store, Optional<PartnerId> partner,
      Instant from, Instant to, UsageBucket bucket) {
    List<UsageRow> rows = new ArrayList<>();
    store.usage(new UsageQuery(partner, from, to, bucket, clock.instant()), rows::add);
    return rows;
  }

  @Test
  void theCsvStreamsTheRowsWithExactAmounts_M6_S1() {
    playTheScenario();
    StringWriter out = new StringWriter();

    Either<Refusal, Long> written = programme.ordering().usageReport().csv(command(BETA_SALES,
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

    Either<Refusal, Long> written = programme.ordering().usageReport().csv(command(SUPPORT,
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
    Either<Refusal, Long> answer = programme.ordering().usageReport().csv(command, out);
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
          require(programme.partners().registerPartner().register(new RegisterPartner.Command(
              MANAGER,
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

}
