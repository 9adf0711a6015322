// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.out;

import dev.vouchers.core.programme.domain.ProgrammeEvent;

/** {@link ProgrammeEvents#none()}: a single instance that drops every event. */
enum NoProgrammeEvents implements ProgrammeEvents {
  INSTANCE;

  @Override
  public void publish(ProgrammeEvent event) {
    // nobody listens
  }
}
