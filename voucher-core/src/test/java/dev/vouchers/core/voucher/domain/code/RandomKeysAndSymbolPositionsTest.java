// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * G-4, C-2: a random code key has random bytes in both of its keys (the lookup key and the
 * encryption key), distinct from every other random key's; C-3: a data symbol that is not
 * canonical is named by its position counted from one.
 */
class RandomKeysAndSymbolPositionsTest {

  @Test
  void bothKeysOfARandomCodeKeyAreRandom_G4_C2() {
    CodeKey first = CodeVault.randomKey("k1");
    CodeKey second = CodeVault.randomKey("k1");
    byte[] zeros = new byte[32];

    assertThat(first.opensCodes()).isTrue();
    assertThat(first.lookupKey()).hasSize(32).isNotEqualTo(zeros);
    assertThat(first.encryptionKey().orElseThrow()).hasSize(32).isNotEqualTo(zeros);
    assertThat(second.lookupKey()).isNotEqualTo(first.lookupKey());
    assertThat(second.encryptionKey().orElseThrow())
        .isNotEqualTo(first.encryptionKey().orElseThrow());
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aSymbolThatIsNotCanonicalIsNamedByItsPositionCountedFromOne_C3() {
    assertThatThrownBy(() -> CheckSymbol.compute("AB*D"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("character at position 3 is not a canonical Crockford symbol");
    assertThatThrownBy(() -> CheckSymbol.compute("I"))
        .hasMessage("character at position 1 is not a canonical Crockford symbol");
  }
}
