// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.VoucherId;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * V-2: one move in a voucher's append-only history: from, to, when, who, why, and the
 * move's data (recipient and message, certificate request reference, ...).
 *
 * @param voucher the voucher that moved
 * @param from status before
 * @param to status after
 * @param at when
 * @param by who ({@link Actor#describe()})
 * @param why the reason given for the move
 * @param data the move's data
 */
public record HistoryEntry(
    VoucherId voucher,
    VoucherStatus from,
    VoucherStatus to,
    Instant at,
    String by,
    String why,
    Map<String, String> data) {

  /** V-1 holds for every entry; the data map is copied. */
  public HistoryEntry {
    Objects.requireNonNull(voucher, "voucher");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    if (!from.canMoveTo(to)) {
      throw new IllegalArgumentException("not a V-1 move: " + from + " -> " + to);
    }
    data = Map.copyOf(data);
  }
}
