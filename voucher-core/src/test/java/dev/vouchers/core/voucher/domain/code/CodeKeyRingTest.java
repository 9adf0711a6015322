// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.kernel.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** G-4: a vault over a key ring: the current key stores, every key of the ring finds and opens. */
class CodeKeyRingTest {
  private static final CodeGenerator CODES =
      new CodeGenerator(CodeFormat.defaults(), Entropy.secure());
  private static final byte[] AD = "message-1".getBytes(StandardCharsets.US_ASCII);

  private final CodeKey initial = CodeVault.randomKey(CodeKey.INITIAL);
  private final CodeKey k2 = CodeVault.randomKey("k2");
  private final CodeKeyRing before = CodeKeyRing.of(initial);
  private final CodeKeyRing rotated = before.rotatedTo(k2);
  private final CodeVault old = CodeVault.of(before);
  private final CodeVault vault = CodeVault.of(rotated);
  private final VoucherCode code = CODES.next();

  @Test
  void newCodesAreStoredUnderTheCurrentKeyAndOldOnesFoundUnderTheirs_G4() {
    StoredCode earlier = old.seal(code);
    assertThat(earlier.keyId()).isEqualTo(CodeKey.INITIAL);
    StoredCode later = vault.seal(code);
    assertThat(later.keyId()).isEqualTo("k2");
    assertThat(vault.currentKeyId()).isEqualTo("k2");
    assertThat(vault.digest(code)).isEqualTo(later.digest()).isNotEqualTo(earlier.digest());
    // current key first, then the older ones
    assertThat(vault.digests(code)).containsExactly(later.digest(), earlier.digest());
    assertThat(old.digests(code)).containsExactly(earlier.digest());
    assertThat(vault.open(earlier)).contains(code);
    assertThat(vault.open(later)).contains(code);
  }

  @Test
  void rekeyingOpensWithTheOldKeyAndSealsWithTheCurrentOne_G4() {
    StoredCode earlier = old.seal(code);
    StoredCode moved = vault.rekey(earlier).orElseThrow();
    assertThat(moved.keyId()).isEqualTo("k2");
    assertThat(moved.digest()).isEqualTo(vault.digest(code));
    assertThat(moved.lastFour()).isEqualTo(code.lastFour());
    assertThat(vault.rekey(moved)).isEmpty();
    assertThat(vault.canRekeyFrom(CodeKey.INITIAL)).isTrue();
    assertThat(vault.canRekeyFrom("k2")).isFalse();
    assertThat(vault.canRekeyFrom("unknown")).isFalse();
    // once the old key is dropped, the moved code still opens
    CodeVault dropped = CodeVault.of(rotated.without(CodeKey.INITIAL));
    assertThat(dropped.open(moved)).contains(code);
    assertThatThrownBy(() -> dropped.open(earlier)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("code key \"initial\", which is not in the key ring")
        .hasMessageNotContaining(code.reveal());
  }

  @Test
  void shownOnceCodesCannotBeMovedButAreStillFound_G4() {
    CodeKeyRing shownOnce = CodeKeyRing.of(CodeKey.shownOnce(CodeKey.INITIAL, new byte[32]));
    StoredCode earlier = CodeVault.of(shownOnce).seal(code);
    CodeVault next = CodeVault.of(shownOnce.rotatedTo(CodeKey.shownOnce("k2", new byte[33])));
    assertThat(next.rekey(earlier)).isEmpty();
    assertThat(next.canRekeyFrom(CodeKey.INITIAL)).isFalse();
    assertThat(next.digests(code)).contains(earlier.digest());
  }

  @Test
  void secretsCarryTheirKeyIdAndOpenAfterRotation_G4() {
    SealedSecret before = old.sealSecret("token", AD);
    assertThat(before.bytes()[0]).as("the format of before key ids").isEqualTo((byte) 1);
    SealedSecret after = vault.sealSecret("token", AD);
    assertThat(after.bytes()[0]).isEqualTo((byte) 2);
    assertThat(vault.openSecret(before, AD)).isEqualTo("token");
    assertThat(vault.openSecret(after, AD)).isEqualTo("token");
    assertThatThrownBy(() -> old.openSecret(after, AD))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("\"k2\"");
    assertThat(vault.secretDigests("link", "token"))
        .containsExactly(vault.digestSecret("link", "token"), old.digestSecret("link", "token"));
    assertThat(vault.secretMatches(old.digestSecret("link", "token"), "link", "token")).isTrue();
    assertThat(vault.secretMatches(old.digestSecret("link", "other"), "link", "token"))
        .isFalse();
  }

  @Test
  void aRingNamesTheKeyThatDoesNotFit_G4() {
    assertThatThrownBy(() -> before.rotatedTo(CodeVault.randomKey(CodeKey.INITIAL)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the code key id \"initial\" appears twice in the key ring");
    assertThatThrownBy(() -> new CodeKeyRing(k2,
        List.of(CodeKey.shownOnce("old", new byte[32]))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"old\"");
    assertThatThrownBy(() -> CodeKey.shownOnce("k3", new byte[16]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the code lookup key must have at least 32 bytes (256 bits); it has 16"
            + " (code key \"k3\")");
    assertThatThrownBy(() -> CodeKey.retrievable("k3", new byte[32], new byte[20]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("(code key \"k3\")");
    assertThatThrownBy(() -> CodeKey.shownOnce("K 3", new byte[32]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"K 3\"");
    assertThatThrownBy(() -> rotated.without("k2"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("current");
    assertThat(rotated.olderIds()).containsExactly(CodeKey.INITIAL);
  }
}
