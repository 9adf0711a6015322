// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * D-1: issues a domain-control challenge for a voucher of a domain-validated product: a random secret and the two places to publish it.
 */
@FunctionalInterface
public interface IssueDomainChallenge {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, DomainChallenge> issue(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param voucher the voucher, by id or typed code
   * @param domain the domain to prove
   */
  record Command(Actor principal, VoucherRef voucher, String domain) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(voucher, "voucher");
      Objects.requireNonNull(domain, "domain");
    }
  }
}
