// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.port.in;

import dev.vouchers.core.kernel.IdempotencyKey;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * a partner's global admin applies for the reseller programme; the application is
 * SUBMITTED. A partner has at most one open or approved application; after a rejection it may
 * apply again.
 */
@FunctionalInterface
public interface ApplyAsReseller {

  /**
   * Runs the use case.
   *
   * @return the submitted application, or a refusal with every reason that applies (nothing
   *     changed; another partner's id answers like a missing one, A-1)
   */
  Either<Refusal, ResellerApplication> apply(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner the applicant partner
   * @param idempotencyKey G-3: the caller's key for this request, if any: the same key
   *     with the same request answers with the first result and does nothing again
   */
  record Command(Actor principal, PartnerId partner,
      Optional<IdempotencyKey> idempotencyKey) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    }

    /** Without an idempotency key. */
    public Command(Actor principal, PartnerId partner) {
      this(principal, partner, Optional.empty());
    }

    /** G-3: the same command under the caller's idempotency key. */
    public Command withIdempotencyKey(IdempotencyKey key) {
      return new Command(principal, partner, Optional.of(key));
    }
  }
}
