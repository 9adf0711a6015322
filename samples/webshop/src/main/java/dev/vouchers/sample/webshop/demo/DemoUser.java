// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.demo;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import java.util.Optional;

/**
 * Someone a visitor of the demo can act as. A real shop has its own login; it maps its signed-in
 * user to a {@link Actor} the same way.
 *
 * @param id the user id, also the value of the API's {@code X-Demo-User} header
 * @param name the display name
 * @param role the role as shown (partner or staff role)
 * @param principal what the library sees
 */
public record DemoUser(String id, String name, String role, Actor principal) {

  /** The partner whose console this user works in, if the user is a partner's user. */
  public Optional<PartnerId> partner() {
    return principal instanceof Actor.PartnerUser user
        ? Optional.of(user.partner()) : Optional.empty();
  }

  /** Whether the user is one of the vendor's staff. */
  public boolean staff() {
    return principal instanceof Actor.VendorStaff;
  }
}
