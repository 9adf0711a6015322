// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.Applicant;
import dev.vouchers.core.subaccount.domain.SubAccount;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * I-3: the holder of an invitation link accepts it with contact and organisation data: the
 * sub-account is created under the inviting partner, billed to itself at the standard list
 * prices, and the invitation becomes ACCEPTED, in one atomic step. Possession of the token is
 * the authorisation. An unknown, expired, cancelled, resent or already accepted token gets one
 * answer ({@code INVITATION_NOT_ACCEPTABLE}), so links cannot be probed.
 */
@FunctionalInterface
public interface AcceptInvitation {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubAccount> accept(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param token the token of the link, as presented
   * @param applicant the contact and organisation data
   */
  record Command(Actor principal, String token, Applicant applicant) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(applicant, "applicant");
    }
  }
}
