// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * V-8: the partner attaches (or replaces) a free-text comment on a voucher.
 */
@FunctionalInterface
public interface CommentOnVoucher {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, VoucherView> comment(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher
   * @param text the comment, at most 2,000 characters
   */
  record Command(Actor principal, VoucherId voucher, String text) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(text, "text");
    }
  }
}
