// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.programme.application.ProgrammeBuilder;
import dev.vouchers.core.programme.application.VoucherProgramme;

/**
 * A callback for what properties and beans do not cover: every bean of this type may change
 * the builder (a domain probe, randomness, settings) before the {@link VoucherProgramme} bean
 * is built. Applied in {@code @Order} order.
 */
@FunctionalInterface
public interface VoucherProgrammeCustomizer {

  /**
   * Changes the builder.
   *
   * @param builder the builder, already given every part the auto-configuration knows
   */
  void customize(ProgrammeBuilder builder);
}
