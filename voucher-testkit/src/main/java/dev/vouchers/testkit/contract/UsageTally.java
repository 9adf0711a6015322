// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.contract;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.UsageBucket;
import dev.vouchers.core.ordering.domain.UsageFigure;
import dev.vouchers.core.ordering.domain.UsageKind;
import dev.vouchers.core.ordering.domain.UsageRow;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * M-6: the usage report as its definition says it, tallied directly from what a store holds of
 * each voucher (its issue, its recorded moves, its expiry as seen now, each at its unit price),
 * for {@link UsageReportContract}'s comparison; and rows as comparable lines.
 */
final class UsageTally {
  private UsageTally() {}

  /** The report as the definition says it, from what the store holds of each voucher. */
  static List<UsageRow> of(Vouchers vouchers, Instant now, List<VoucherId> ids, Instant from,
      Instant to, UsageBucket bucket) {
    Map<List<Object>, UsageRow> rows = new HashMap<>();
    for (VoucherId id : ids) {
      Voucher voucher = vouchers.voucher(id).orElseThrow();
      Money price = vouchers.order(voucher.order()).orElseThrow().lines().stream()
          .filter(l -> l.configuration().equals(voucher.configuration())).findFirst()
          .orElseThrow().unitPrice();
      List<Map.Entry<UsageKind, Instant>> events = new ArrayList<>();
      events.add(Map.entry(UsageKind.ISSUED, voucher.issuedAt()));
      for (HistoryEntry entry : vouchers.history(id)) {
        if (entry.to() == VoucherStatus.ASSIGNED && entry.from() != VoucherStatus.ASSIGNED) {
          events.add(Map.entry(UsageKind.ASSIGNED, entry.at()));
        } else if (entry.to() == VoucherStatus.REDEEMED) {
          events.add(Map.entry(UsageKind.REDEEMED, entry.at()));
        } else if (entry.to() == VoucherStatus.CANCELLED) {
          events.add(Map.entry(UsageKind.CANCELLED, entry.at()));
        }
      }
      if (voucher.statusAt(now) == VoucherStatus.EXPIRED) {
        events.add(Map.entry(UsageKind.EXPIRED, voucher.expiresAt()));
      }
      for (Map.Entry<UsageKind, Instant> event : events) {
        Instant at = event.getValue();
        if (at.isBefore(from) || !at.isBefore(to)) {
          continue;
        }
        LocalDate period = bucket.periodOf(at);
        UsageRow empty = new UsageRow(voucher.partner(), voucher.configuration(), period,
            price.currency(), Map.of());
        rows.merge(List.of(voucher.partner(), voucher.configuration(), period, price.currency()),
            empty.plus(event.getKey(), UsageFigure.one(price.minorUnits())),
            (a, b) -> a.plus(event.getKey(), UsageFigure.one(price.minorUnits())));
      }
    }
    return rows.values().stream().sorted(UsageRow.ORDER).toList();
  }

  /** A row as one line: its key and the kinds that happened, count/amount. */
  static List<String> lines(List<UsageRow> rows) {
    return rows.stream().map(row -> {
      StringBuilder line = new StringBuilder(row.partner().value()).append(' ')
          .append(row.configuration().product().value()).append(' ').append(row.period())
          .append(' ').append(row.currency().getCurrencyCode());
      for (UsageKind kind : UsageKind.values()) {
        if (row.count(kind) > 0) {
          line.append(' ').append(kind.label()).append('=').append(row.count(kind))
              .append('/').append(row.amount(kind).toPlainString());
        }
      }
      return line.toString();
    }).toList();
  }
}
