// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.voucher.domain.HistoryEntry;
import java.util.List;

/**
 * A voucher with its history (V-2).
 *
 * @param voucher the voucher
 * @param history every move, oldest first
 */
public record VoucherDetails(VoucherView voucher, List<HistoryEntry> history) {
  /** Copies the history. */
  public VoucherDetails {
    history = List.copyOf(history);
  }
}
