// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.PartnerId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * M-6: one row of a usage report (ADR 0050): what happened to one partner's vouchers of one
 * product configuration in one period, in one currency.
 *
 * @param partner the partner
 * @param configuration the product configuration
 * @param period the period's first day (a UTC day, or the first day of a UTC month)
 * @param currency the currency of the order lines the money comes from
 * @param figures the count and money per kind; a missing kind counts nothing
 */
public record UsageRow(PartnerId partner, ProductConfiguration configuration, LocalDate period,
    Currency currency, Map<UsageKind, UsageFigure> figures) {

  /**
   * The order rows are reported in: partner, product, validity, FQDNs, wildcards, period,
   * currency (ids compare as Java strings, as the stores' byte-wise collation does).
   */
  public static final Comparator<UsageRow> ORDER =
      Comparator.comparing((UsageRow r) -> r.partner().value())
          .thenComparing(r -> r.configuration().product().value())
          .thenComparingInt(r -> r.configuration().validityYears())
          .thenComparingInt(r -> r.configuration().fqdns())
          .thenComparingInt(r -> r.configuration().wildcards())
          .thenComparing(UsageRow::period)
          .thenComparing(r -> r.currency().getCurrencyCode());

  /** Every part required; figures are copied, kinds without vouchers left out. */
  public UsageRow {
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(configuration, "configuration");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(currency, "currency");
    EnumMap<UsageKind, UsageFigure> copy = new EnumMap<>(UsageKind.class);
    figures.forEach((kind, figure) -> {
      if (figure.count() > 0 || figure.minorUnits().signum() > 0) {
        copy.put(kind, figure);
      }
    });
    figures = Collections.unmodifiableMap(copy);
  }

  /** The figure of one kind; {@link UsageFigure#NONE} when nothing of it happened. */
  public UsageFigure figure(UsageKind kind) {
    return figures.getOrDefault(kind, UsageFigure.NONE);
  }

  /** How many vouchers of one kind. */
  public long count(UsageKind kind) {
    return figure(kind).count();
  }

  /**
   * T-3: the money of one kind as an exact decimal with the currency's minor digits, e.g.
   * {@code 39.80}.
   */
  public BigDecimal amount(UsageKind kind) {
    return new BigDecimal(figure(kind).minorUnits(),
        Math.max(0, currency.getDefaultFractionDigits()));
  }

  /** The same row with one more figure added to a kind (for stores that tally in memory). */
  public UsageRow plus(UsageKind kind, UsageFigure figure) {
    EnumMap<UsageKind, UsageFigure> sum = new EnumMap<>(UsageKind.class);
    sum.putAll(figures);
    sum.merge(kind, figure, UsageFigure::plus);
    return new UsageRow(partner, configuration, period, currency, sum);
  }
}
