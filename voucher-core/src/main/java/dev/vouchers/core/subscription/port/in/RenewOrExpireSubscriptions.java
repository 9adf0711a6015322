// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * U-4: the sweep, run by a service or vendor staff: writes every passed term end of up to
 * {@code limit} due subscriptions, term by term (a renewal with a new cancellation window, or
 * the expiry). Reads see the same before it runs; it only writes it down. Safe to run
 * concurrently with itself and with changes: a subscription changed meanwhile is left to the
 * change, which writes its term ends itself.
 */
@FunctionalInterface
public interface RenewOrExpireSubscriptions {

  /**
   * Runs the use case.
   *
   * @return what was written, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, Swept> renewOrExpire(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param limit the most subscriptions to settle in this call
   */
  record Command(Actor principal, int limit) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
    }
  }

  /**
   * What one run wrote.
   *
   * @param subscriptions how many subscriptions it settled
   * @param renewals how many terms it renewed
   * @param expiries how many subscriptions expired
   */
  record Swept(int subscriptions, int renewals, int expiries) {}
}
