// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * G-4: a code key is its id and its key bytes: two keys are equal only when all three match
 * (a key ring must not take a different key with the same id for the old one), equal keys share
 * a hash code, and a key prints its id and mode, never its bytes.
 */
class CodeKeyValuesTest {
  private static final byte[] LOOKUP = bytes(1);
  private static final byte[] ENCRYPTION = bytes(2);

  private static byte[] bytes(int value) {
    byte[] bytes = new byte[32];
    Arrays.fill(bytes, (byte) value);
    return bytes;
  }

  @Test
  void keysAreEqualOnlyWithTheSameIdAndTheSameBytes_G4() {
    CodeKey key = CodeKey.retrievable("k1", LOOKUP, ENCRYPTION);
    CodeKey same = CodeKey.retrievable("k1", bytes(1), bytes(2));

    assertThat(key).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(key).isEqualTo(key);
    assertThat(key).isNotEqualTo(CodeKey.retrievable("k2", LOOKUP, ENCRYPTION));
    assertThat(key).isNotEqualTo(CodeKey.retrievable("k1", bytes(3), ENCRYPTION));
    assertThat(key).isNotEqualTo(CodeKey.retrievable("k1", LOOKUP, bytes(3)));
    assertThat(key).isNotEqualTo(CodeKey.shownOnce("k1", LOOKUP));
    assertThat(CodeKey.shownOnce("k1", LOOKUP)).isNotEqualTo(key)
        .isEqualTo(CodeKey.shownOnce("k1", bytes(1)));
    assertThat(key).isNotEqualTo("k1");
  }

  @Test
  void keysOfARingSpreadOverHashCodes_G4() {
    assertThat(java.util.stream.IntStream.rangeClosed(1, 8)
        .map(i -> CodeKey.retrievable("k" + i, LOOKUP, ENCRYPTION).hashCode())
        .distinct().count()).isGreaterThan(1);
  }

  @Test
  void aKeyPrintsItsIdAndModeButNotItsBytes_G4() {
    assertThat(CodeKey.retrievable("k1", LOOKUP, ENCRYPTION)).hasToString("CodeKey[k1, retrievable]");
    assertThat(CodeKey.shownOnce("k2", LOOKUP)).hasToString("CodeKey[k2, shown once]");
  }
}
