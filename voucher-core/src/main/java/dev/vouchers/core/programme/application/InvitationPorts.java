// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import dev.vouchers.core.subaccount.domain.InvitationSettings;
import dev.vouchers.core.subaccount.port.out.Invitations;
import dev.vouchers.core.subaccount.port.out.SubAccounts;
import java.lang.reflect.Proxy;

/**
 * What the sub-account use cases (I-1..I-3) need besides the {@link Context}: their storage
 * and settings. A programme built without invitation storage gets ports that throw
 * {@link UnsupportedOperationException}, naming the missing builder setting, when a
 * sub-account use case is called, and works as before for everything else.
 */
record InvitationPorts(Invitations invitations, SubAccounts subAccounts,
    InvitationSettings settings) {

  /** A port whose every call throws, naming the builder setting that is missing. */
  static <T> T unconfigured(Class<T> port, String setting) {
    return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port},
        (proxy, method, args) -> switch (method.getName()) {
          case "toString" -> "unconfigured " + port.getSimpleName();
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException("sub-account invitations need "
              + port.getSimpleName() + " storage: build the programme with"
              + " VoucherProgramme.builder()." + setting + "(...)");
        }));
  }
}
