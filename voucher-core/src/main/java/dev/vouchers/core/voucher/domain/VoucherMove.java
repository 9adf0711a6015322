// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import java.util.Objects;

/**
 * The result of an allowed move: the voucher before and after, and the history entry that
 * records it (V-2). A store applies it only if the voucher is still {@code before} (V-7).
 *
 * @param before the voucher as read
 * @param after the voucher after the move (version + 1)
 * @param entry the history entry
 */
public record VoucherMove(Voucher before, Voucher after, HistoryEntry entry) {
  /** The after state is the next version of the same voucher. */
  public VoucherMove {
    Objects.requireNonNull(entry, "entry");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1) {
      throw new IllegalArgumentException("a move goes from one version to the next");
    }
  }

  /** Shorthand. */
  public static VoucherMove of(Voucher before, Voucher after, HistoryEntry entry) {
    return new VoucherMove(before, after, entry);
  }
}
