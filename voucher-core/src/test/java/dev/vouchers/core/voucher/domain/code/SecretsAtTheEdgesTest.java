// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** C-3, C-5: codes at rest and in logs, at the edges of their formats. */
class SecretsAtTheEdgesTest {
  private static final VoucherCode CODE = new VoucherCode("ABCDEFGHJKMN");

  @Test
  void vaultsWithRandomKeysDoNotShareThem_C3() {
    CodeVault one = CodeVault.withRandomKeys();
    CodeVault two = CodeVault.withRandomKeys();
    assertThat(one.digest(CODE)).isNotEqualTo(two.digest(CODE));
    assertThat(one.digest(CODE)).isEqualTo(one.digest(new VoucherCode(CODE.reveal())));
  }

  @Test
  void storedCodesHashLikeTheirDigests_C3() {
    CodeVault vault = CodeVault.withRandomKeys();
    StoredCode stored = vault.seal(CODE);
    assertThat(stored.hashCode()).isEqualTo(vault.digest(CODE).hashCode());
    assertThat(StoredCode.of(stored.digest(), stored.lastFour(), stored.sealed()))
        .isEqualTo(stored).hasSameHashCodeAs(stored);
  }

  @Test
  void aSealedCodeOfNothingButItsHeaderIsRefusedAsBadFormat_C3() {
    CodeVault vault = CodeVault.withRandomKeys();
    StoredCode stored = vault.seal(CODE);
    byte[] header = new byte[13];
    header[0] = 1;
    StoredCode truncated = StoredCode.of(stored.digest(), stored.lastFour(), Optional.of(header));
    assertThatThrownBy(() -> vault.open(truncated)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is not in format");
  }

  @Test
  void aCodeShowsItsLastFourOnlyWithEightMoreHidden_C5() {
    assertThat(new VoucherCode("ABCDEFGHJKMN")).hasToString("VoucherCode[****JKMN]");
    assertThat(new VoucherCode("ABCDEFGHJKM")).hasToString("VoucherCode[****]");
  }

  @Test
  void aMalformedCodeNamesThePositionCountingFromOne_C4() {
    assertThatThrownBy(() -> new VoucherCode("AB-D"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("position 3 ");
  }
}
