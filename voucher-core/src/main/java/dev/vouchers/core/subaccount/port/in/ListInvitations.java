// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.port.in;

import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.PageRequest;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subaccount.domain.InvitationStatus;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Set;

/**
 * I-2: a partner's invitations (status as of now, recipient, sender, sent at, expires at),
 * newest first, optionally filtered by status, paged.
 */
@FunctionalInterface
public interface ListInvitations {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Page<InvitationView>> list(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param partner whose invitations
   * @param statuses the statuses to list (empty: all)
   * @param page which page
   */
  record Command(Actor principal, PartnerId partner, Set<InvitationStatus> statuses,
      PageRequest page) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(statuses, "statuses");
      Objects.requireNonNull(page, "page");
      statuses = Set.copyOf(statuses);
    }
  }
}
