// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.application;

import static dev.vouchers.core.programme.application.ProgrammeFixture.SMIME_1Y;
import static dev.vouchers.core.programme.application.ProgrammeFixture.line;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * C-2: the ids the programme gives orders are version-4 UUIDs drawn from the injected
 * randomness: every one of their 122 random bits comes from it, the version and variant bits
 * are fixed.
 */
class DrawnIdsTest {

  private static String orderIdDrawnFrom(byte fill) {
    // ids take 16 bytes; everything else (codes, order numbers) draws zeros, which they accept
    ProgrammeFixture f = ProgrammeFixture.withRandomness(
        bytes -> Arrays.fill(bytes, bytes.length == 16 ? fill : 0));
    return f.order(line(SMIME_1Y, 1)).id().value();
  }

  @Test
  void anOrderIdKeepsEveryRandomBitAndSetsOnlyVersionAndVariant_C2() {
    assertThat(orderIdDrawnFrom((byte) 0)).isEqualTo("00000000-0000-4000-8000-000000000000");
    assertThat(orderIdDrawnFrom((byte) 0xff)).isEqualTo("ffffffff-ffff-4fff-bfff-ffffffffffff");
  }
}
