// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.CallerKey;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * C-4, C-5, G-1: what an end customer sees for a typed code. Malformed codes are refused without touching storage; unknown, cancelled and expired codes all get the same answer; a caller key with too many failed attempts is refused before storage is asked.
 */
@FunctionalInterface
public interface LookUpCode {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, RedeemableVoucher> lookUp(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param code the code as typed
   * @param caller G-1: whose failed attempts this one counts with (address, session or
   *     account, as the shop chooses)
   */
  record Command(Actor principal, String code, CallerKey caller) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
      return "Command[principal=" + principal + ", code=****, caller=" + caller + "]";
    }
  }
}
