// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * G-4: a programme without a store that supports re-keying shows its progress all the same:
 * nothing to move, and no code under any of the keys asked about, so each of them may be
 * dropped.
 */
class NoCodeRekeyingTest {

  @Test
  void everyKeyAskedAboutHasNoCodesAndNothingIsMoved_G4() {
    CodeRekeying none = CodeRekeying.none();
    assertThat(none.codesUnder(Set.of("initial", "k2")))
        .containsExactlyInAnyOrderEntriesOf(Map.of("initial", 0L, "k2", 0L));
    assertThat(none.codesUnder(Set.of())).isEmpty();
    assertThat(none.rekey(Set.of("initial"), 10, stored -> Optional.of(stored))).isZero();
  }
}
