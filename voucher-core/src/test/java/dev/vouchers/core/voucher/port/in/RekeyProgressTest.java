// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * G-4: the progress of a key rotation says how many codes still refer to each older key, in
 * all, and which older keys may be dropped: those no stored code refers to.
 */
class RekeyProgressTest {

  @Test
  void aKeyIsDroppableOnlyWhenNoCodeRefersToIt_G4() {
    RekeyCodes.Progress progress =
        new RekeyCodes.Progress("k3", 5, Map.of("initial", 0L, "k2", 7L));
    assertThat(progress.droppable("initial")).isTrue();
    assertThat(progress.droppable("k2")).isFalse();
    assertThat(progress.droppable("never-in-the-ring")).isTrue();
  }

  @Test
  void whatIsLeftIsTheSumOverEveryOlderKey_G4() {
    assertThat(new RekeyCodes.Progress("k3", 5, Map.of("initial", 3L, "k2", 7L)).left())
        .isEqualTo(10L);
    assertThat(new RekeyCodes.Progress("k3", 5, Map.of()).left()).isZero();
  }
}
