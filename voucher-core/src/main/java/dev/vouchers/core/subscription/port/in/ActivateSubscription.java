// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.subscription.domain.SubscriptionId;
import io.vavr.control.Either;
import java.net.URI;
import java.util.Objects;

/**
 * U-2: the publisher (a service) or the vendor's staff confirm that the licences are assigned and
 * the customer's account is set up, with the publisher's personalised link and the authorisation
 * code of the purchase: the subscription becomes ACTIVE, billing and the first term start now.
 */
@FunctionalInterface
public interface ActivateSubscription {

  /**
   * Runs the use case.
   *
   * @return the result, or a refusal with every reason that applies (nothing changed)
   */
  Either<Refusal, SubscriptionView> activate(Command command);

  /**
   * The command.
   *
   * @param principal who acts
   * @param subscription the subscription
   * @param publisherLink the publisher's personalised link (absolute http(s))
   * @param authorisationCode the authorisation code that identifies the purchase
   * @param licencesAssigned the publisher confirms that the licences are assigned
   * @param accountSetUp the publisher confirms that the customer's account is set up
   */
  record Command(Actor principal, SubscriptionId subscription, URI publisherLink, String authorisationCode, boolean licencesAssigned, boolean accountSetUp) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(publisherLink, "publisherLink");
      Objects.requireNonNull(authorisationCode, "authorisationCode");
    }
  }
}
