// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.port.in;

import dev.vouchers.core.domain.Page;
import dev.vouchers.core.domain.PageRequest;
import dev.vouchers.core.domain.PartnerId;
import dev.vouchers.core.domain.Principal;
import dev.vouchers.core.domain.Refusal;
import dev.vouchers.core.domain.subaccount.InvitationStatus;
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
  record Command(Principal principal, PartnerId partner, Set<InvitationStatus> statuses,
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
