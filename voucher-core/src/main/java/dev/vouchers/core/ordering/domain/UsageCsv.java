// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * M-6, S-1: the usage report's CSV records (ADR 0050): the header, and one record per
 * {@link UsageRow} with a count and an exact decimal amount per {@link UsageKind}, written
 * through the formula-injection-safe {@link CsvWriter}.
 */
public final class UsageCsv {
  /** The header: the row's key, then count and amount per kind in {@link UsageKind} order. */
  public static final List<String> HEADER = List.of("partner", "product", "validity_years",
      "fqdns", "wildcards", "period", "currency", "issued", "issued_amount", "assigned",
      "assigned_amount", "redeemed", "redeemed_amount", "expired", "expired_amount",
      "cancelled", "cancelled_amount");

  private UsageCsv() {}

  /** One record: the row's key, then count and amount (e.g. {@code 39.80}) per kind. */
  public static List<String> cells(UsageRow row) {
    List<String> cells = new ArrayList<>(HEADER.size());
    cells.add(row.partner().value());
    cells.add(row.configuration().product().value());
    cells.add(Integer.toString(row.configuration().validityYears()));
    cells.add(Integer.toString(row.configuration().fqdns()));
    cells.add(Integer.toString(row.configuration().wildcards()));
    cells.add(row.period().toString());
    cells.add(row.currency().getCurrencyCode());
    for (UsageKind kind : UsageKind.values()) {
      cells.add(Long.toString(row.count(kind)));
      cells.add(row.amount(kind).toPlainString());
    }
    return cells;
  }
}
