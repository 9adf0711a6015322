// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.CallerKey;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * G-2, C-5, G-1: what an end customer sees who followed an activation link: the voucher of the
 * link's current assignment, as {@link LookUpCode} shows a typed code. A link whose assignment
 * was withdrawn or replaced by a resend, a malformed or unknown token, and a cancelled or
 * expired voucher all get the answer of an unknown code; a caller key with too many failed
 * attempts is refused before storage is asked. The page then names the voucher by
 * {@link VoucherRef#link} in the redemption steps.
 */
@FunctionalInterface
public interface FollowActivationLink {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, RedeemableVoucher> follow(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param token the {@code link} parameter of the followed link, as presented
   * @param caller G-1: whose failed attempts this one counts with (address, session or
   *     account, as the shop chooses)
   */
  record Command(Actor principal, String token, CallerKey caller) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
      return "Command[principal=" + principal + ", token=****, caller=" + caller + "]";
    }
  }
}
