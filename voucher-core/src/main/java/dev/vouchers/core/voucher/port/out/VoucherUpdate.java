// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One conditional write of a voucher (V-7): applies only if the stored version equals
 * {@code before.version()}; then stores {@code after}, appends the history entry (V-2) and the
 * outbox messages (S-2), all or nothing.
 *
 * @param before the voucher as read
 * @param after the new state ({@code before.version() + 1})
 * @param history the history entry of a status move; empty for a comment or challenge
 * @param outbox messages to deliver once this change commits
 */
public record VoucherUpdate(
    Voucher before, Voucher after, Optional<HistoryEntry> history,
    List<ActivationMessage> outbox) {

  /** The after state is the next version of the same voucher. */
  public VoucherUpdate {
    Objects.requireNonNull(history, "history");
    outbox = List.copyOf(outbox);
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1) {
      throw new IllegalArgumentException("an update goes from one version to the next");
    }
  }

  /** A status move with its history entry. */
  public static VoucherUpdate of(VoucherMove move) {
    return new VoucherUpdate(move.before(), move.after(), Optional.of(move.entry()), List.of());
  }

  /** A status move with its history entry and one outbox message. */
  public static VoucherUpdate of(VoucherMove move, ActivationMessage message) {
    return new VoucherUpdate(move.before(), move.after(), Optional.of(move.entry()),
        List.of(message));
  }

  /** A change that is not a status move (comment, challenge). */
  public static VoucherUpdate quiet(Voucher before, Voucher after) {
    return new VoucherUpdate(before, after, Optional.empty(), List.of());
  }
}
