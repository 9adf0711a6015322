// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.CallerKey;
import org.junit.jupiter.api.Test;

/**
 * G-1: a programme without an attempt store sets no limit: no attempt is ever refused, however
 * many failed, and nothing is kept to sweep or show.
 */
class UnlimitedCodeAttemptsTest {

  @Test
  void everyAttemptGoesAheadAndNothingIsKept_G1() {
    CodeAttempts unlimited = CodeAttempts.unlimited();
    CallerKey caller = CallerKey.of("203.0.113.7");
    AttemptLimit one = new AttemptLimit(1, AttemptLimit.MAX_WINDOW);
    for (int attempt = 0; attempt < 3; attempt++) {
      assertThat(unlimited.count(caller, T0, one)).as("attempt %d", attempt).isEmpty();
    }
    unlimited.forgive(caller, T0);
    assertThat(unlimited.window(caller)).isEmpty();
    assertThat(unlimited.sweep(T0, 100)).isZero();
    assertThat(CodeAttempts.unlimited()).isSameAs(unlimited);
  }
}
