// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * L-4, V-4: a validity counted in days is accepted up to {@link ExpiryPolicy#MAX_VALIDITY_DAYS}
 * inclusive and refused one day beyond (the edge the complete mutation run of the voucher
 * context found untested).
 */
class ExpiryPolicyDaysBoundTest {

  @Test
  void aValidityOfExactlyTheMostDaysIsAccepted_L4_V4() {
    Period most = Period.ofDays(ExpiryPolicy.MAX_VALIDITY_DAYS);
    assertThat(new ExpiryPolicy(most, Optional.empty()).validity()).isEqualTo(most);
  }

  @Test
  void aValidityOfOneDayMoreIsRefused_L4_V4() {
    assertThatThrownBy(() -> new ExpiryPolicy(
        Period.ofDays(ExpiryPolicy.MAX_VALIDITY_DAYS + 1), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(ExpiryPolicy.MAX_VALIDITY_DAYS + " days");
  }
}
