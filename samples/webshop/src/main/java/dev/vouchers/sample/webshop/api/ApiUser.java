// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.sample.webshop.demo.DemoUser;

/**
 * Who calls a partner or staff endpoint: the demo user named by the {@code X-Demo-User}
 * header. A handler that declares a parameter of this type answers 401 without a known user.
 *
 * @param user the demo user
 */
public record ApiUser(DemoUser user) {

  /** What the library sees. */
  public Actor principal() {
    return user.principal();
  }
}
