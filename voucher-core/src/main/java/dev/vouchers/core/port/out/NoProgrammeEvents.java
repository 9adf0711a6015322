package dev.vouchers.core.port.out;

import dev.vouchers.core.domain.ProgrammeEvent;

/** {@link ProgrammeEvents#none()}: one instance, so the programme can tell nobody listens. */
enum NoProgrammeEvents implements ProgrammeEvents {
  INSTANCE;

  @Override
  public void publish(ProgrammeEvent event) {
    // nobody listens
  }
}
