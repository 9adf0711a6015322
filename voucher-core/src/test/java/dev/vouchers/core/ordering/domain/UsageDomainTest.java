// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.ACME;
import static dev.vouchers.core.fixtures.DomainFixtures.ORG;
import static dev.vouchers.core.fixtures.DomainFixtures.OTHER;
import static dev.vouchers.core.fixtures.DomainFixtures.SSL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-6: what the usage report counts, which intervals it accepts and how its rows add up and
 * sort, decided in the core so that every store reports the same.
 */
class UsageDomainTest {

  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency JPY = Currency.getInstance("JPY");
  private static final ProductConfiguration ONE_YEAR = ProductConfiguration.of(SSL, 1, 1, 0);
  private static final LocalDate JANUARY = LocalDate.of(2026, 1, 1);

  @Test
  void theReportCountsMovesIntoAssignedRedeemedAndCancelled_M6() {
    assertThat(UsageKind.countedMoveTargets()).containsExactlyInAnyOrder(
        VoucherStatus.ASSIGNED, VoucherStatus.REDEEMED, VoucherStatus.CANCELLED);
    assertThatThrownBy(() -> UsageKind.countedMoveTargets().add(VoucherStatus.VALID))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aFirstSendCountsAsAssignedButAResendDoesNot_M6() {
    assertThat(UsageKind.ofMove(VoucherStatus.VALID, VoucherStatus.ASSIGNED))
        .contains(UsageKind.ASSIGNED);
    assertThat(UsageKind.ofMove(VoucherStatus.ASSIGNED, VoucherStatus.ASSIGNED)).isEmpty();
  }

  @Test
  void redemptionsAndCancellationsCountFromAnyStatus_M6() {
    for (VoucherStatus from : VoucherStatus.values()) {
      assertThat(UsageKind.ofMove(from, VoucherStatus.REDEEMED)).contains(UsageKind.REDEEMED);
      assertThat(UsageKind.ofMove(from, VoucherStatus.CANCELLED)).contains(UsageKind.CANCELLED);
    }
  }

  @Test
  void otherMovesCountForNothing_expiriesAreCountedFromTheVoucher_M6() {
    EnumSet<VoucherStatus> uncounted = EnumSet.of(VoucherStatus.VALID, VoucherStatus.PENDING,
        VoucherStatus.RESERVED, VoucherStatus.EXPIRED);
    for (VoucherStatus from : VoucherStatus.values()) {
      for (VoucherStatus to : uncounted) {
        assertThat(UsageKind.ofMove(from, to)).as(from + " -> " + to).isEmpty();
      }
    }
  }

  @Test
  void kindsAreNamedInLowerCaseForCsvColumns_M6() {
    assertThat(UsageKind.ISSUED.label()).isEqualTo("issued");
    assertThat(UsageKind.CANCELLED.label()).isEqualTo("cancelled");
  }

  @Test
  void aReportSpansAtMostItsBucketsLimit_L4() {
    Instant limit = FROM.plus(UsageBucket.DAY.maxSpan());
    assertThat(query(FROM, limit, UsageBucket.DAY).isValid()).isTrue();
    Validation<List<Reason>, UsageQuery> tooLong =
        query(FROM, limit.plusNanos(1), UsageBucket.DAY);
    assertThat(tooLong.isInvalid()).isTrue();
    assertThat(tooLong.getError()).singleElement().satisfies(reason -> {
      assertThat(reason.code()).isEqualTo(ReasonCode.INVALID_INPUT);
      assertThat(reason.message()).contains("day").contains("366 days");
    });
    assertThat(query(FROM, limit.plusNanos(1), UsageBucket.MONTH).isValid()).isTrue();
  }

  @Test
  void aReportsStartComesBeforeItsEnd_L4() {
    assertThat(query(FROM, FROM, UsageBucket.DAY).getError()).singleElement()
        .satisfies(reason -> assertThat(reason.message()).contains("before"));
    assertThat(query(FROM.plusNanos(1), FROM, UsageBucket.DAY).isInvalid()).isTrue();
    assertThat(query(FROM, FROM.plusNanos(1), UsageBucket.DAY).get().from()).isEqualTo(FROM);
  }

  @Test
  void instantsOutsideTheStoresRangeAreRefusedOneReasonEach_L4() {
    Instant before = Instants.MIN.minusNanos(1);
    Instant after = Instants.MAX.plusNanos(1);
    assertThat(query(before, FROM, UsageBucket.DAY).getError()).hasSize(1);
    assertThat(query(FROM, after, UsageBucket.MONTH).getError()).hasSize(1);
    List<Reason> both = new ArrayList<>(query(before, after, UsageBucket.MONTH).getError());
    assertThat(both).hasSize(2);
    assertThat(both.get(0).message()).contains("from");
    assertThat(both.get(1).message()).contains("to");
  }

  @Test
  void anEmptyIntervalCannotBeBuiltDirectlyEither_L4() {
    assertThatThrownBy(() -> new UsageQuery(Optional.empty(), FROM, FROM, UsageBucket.DAY, FROM))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theIntervalIncludesItsStartAndExcludesItsEnd_M6() {
    UsageQuery query = query(FROM, FROM.plus(Duration.ofDays(1)), UsageBucket.DAY).get();
    assertThat(query.covers(FROM)).isTrue();
    assertThat(query.covers(FROM.minusNanos(1))).isFalse();
    assertThat(query.covers(FROM.plus(Duration.ofDays(1)).minusNanos(1))).isTrue();
    assertThat(query.covers(FROM.plus(Duration.ofDays(1)))).isFalse();
  }

  @Test
  void aRowLeavesOutKindsWithoutVouchers_M6() {
    Map<UsageKind, UsageFigure> figures = new EnumMap<>(UsageKind.class);
    figures.put(UsageKind.ISSUED, new UsageFigure(2, BigInteger.valueOf(3980)));
    figures.put(UsageKind.ASSIGNED, UsageFigure.NONE);
    figures.put(UsageKind.REDEEMED, new UsageFigure(1, BigInteger.ZERO));
    figures.put(UsageKind.EXPIRED, new UsageFigure(0, BigInteger.ONE));
    UsageRow row = new UsageRow(ACME, ONE_YEAR, JANUARY, EUR, figures);
    assertThat(row.figures()).containsOnlyKeys(UsageKind.ISSUED, UsageKind.REDEEMED,
        UsageKind.EXPIRED);
    assertThat(row.count(UsageKind.ISSUED)).isEqualTo(2);
    assertThat(row.count(UsageKind.REDEEMED)).isEqualTo(1);
    assertThat(row.count(UsageKind.ASSIGNED)).isZero();
    assertThat(row.figure(UsageKind.CANCELLED)).isEqualTo(UsageFigure.NONE);
  }

  @Test
  void amountsCarryTheCurrencysMinorDigits_T3() {
    Map<UsageKind, UsageFigure> figures =
        Map.of(UsageKind.ISSUED, new UsageFigure(2, BigInteger.valueOf(3980)));
    assertThat(new UsageRow(ACME, ONE_YEAR, JANUARY, EUR, figures).amount(UsageKind.ISSUED))
        .isEqualTo(new BigDecimal("39.80"));
    assertThat(new UsageRow(ACME, ONE_YEAR, JANUARY, JPY, figures).amount(UsageKind.ISSUED))
        .isEqualTo(new BigDecimal("3980"));
  }

  @Test
  void addingAFigureSumsItIntoItsKindAndKeepsTheOthers_M6() {
    UsageRow row = new UsageRow(ACME, ONE_YEAR, JANUARY, EUR,
        Map.of(UsageKind.ISSUED, UsageFigure.one(1990)));
    UsageRow more = row.plus(UsageKind.ISSUED, UsageFigure.one(1990))
        .plus(UsageKind.REDEEMED, UsageFigure.one(1990));
    assertThat(more.figure(UsageKind.ISSUED))
        .isEqualTo(new UsageFigure(2, BigInteger.valueOf(3980)));
    assertThat(more.count(UsageKind.REDEEMED)).isEqualTo(1);
    assertThat(row.count(UsageKind.ISSUED)).as("rows are values").isEqualTo(1);
  }

  @Test
  void rowsSortByPartnerProductConfigurationPeriodAndCurrency_M6() {
    Map<UsageKind, UsageFigure> one = Map.of(UsageKind.ISSUED, UsageFigure.one(1));
    List<UsageRow> expected = List.of(
        new UsageRow(ACME, ProductConfiguration.of(ORG, 1, 1, 0), JANUARY, EUR, one),
        new UsageRow(ACME, ONE_YEAR, JANUARY, EUR, one),
        new UsageRow(ACME, ONE_YEAR, JANUARY, JPY, one),
        new UsageRow(ACME, ONE_YEAR, JANUARY.plusMonths(1), EUR, one),
        new UsageRow(ACME, ProductConfiguration.of(SSL, 1, 1, 1), JANUARY, EUR, one),
        new UsageRow(ACME, ProductConfiguration.of(SSL, 1, 2, 0), JANUARY, EUR, one),
        new UsageRow(ACME, ProductConfiguration.of(SSL, 2, 1, 0), JANUARY, EUR, one),
        new UsageRow(OTHER, ONE_YEAR, JANUARY, EUR, one));
    for (int shift = 0; shift < expected.size(); shift++) {
      List<UsageRow> rotated = new ArrayList<>(expected);
      java.util.Collections.rotate(rotated, shift);
      java.util.Collections.reverse(rotated);
      rotated.sort(UsageRow.ORDER);
      assertThat(rotated).isEqualTo(expected);
    }
  }

  private static Validation<List<Reason>, UsageQuery> query(Instant from, Instant to,
      UsageBucket bucket) {
    return UsageQuery.of(Optional.<PartnerId>empty(), from, to, bucket, to);
  }
}
