// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.SealedSecret;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * G-4: a sealed secret names the key it was sealed under in its header (format 2: a length
 * byte, then the key id). Stored bytes whose header does not fit them are refused as a broken
 * format before any key is looked up; a header and nonce without ciphertext are refused before
 * anything is decrypted; one byte of ciphertext is tried, and does not open.
 */
class SealedSecretHeaderTest {
  private static final byte[] AD = "message-1".getBytes(StandardCharsets.US_ASCII);
  private static final String ID_15 = "k23456789012345";
  private static final CodeVault VAULT =
      CodeVault.of(CodeKeyRing.of(CodeVault.randomKey(ID_15)));

  /** Format 2 with the given id length byte, the id's bytes, then zeros up to {@code size}. */
  private static SealedSecret withHeader(int idLength, String id, int size) {
    byte[] bytes = new byte[size];
    bytes[0] = 2;
    bytes[1] = (byte) idLength;
    byte[] ascii = id.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(ascii, 0, bytes, 2, Math.min(ascii.length, size - 2));
    return SealedSecret.of(bytes);
  }

  @Test
  void aKeyIdRunningToTheLastByteIsABrokenFormat_G4() {
    String id = "a".repeat(27); // 2 + 27 = 29 bytes, the shortest sealed secret
    assertThatThrownBy(() -> VAULT.openSecret(withHeader(27, id, 29), AD))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("a sealed secret is not in format 1 or 2");
  }

  @Test
  void aKeyIdLongerThanTheBytesIsABrokenFormat_G4() {
    for (int claimed : new int[] {28, 40, 127}) {
      assertThatThrownBy(() -> VAULT.openSecret(withHeader(claimed, "a".repeat(27), 29), AD))
          .as("an id of %d bytes", claimed)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a sealed secret is not in format 1 or 2");
    }
  }

  @Test
  void aHeaderAndNonceWithoutCiphertextAreRefusedBeforeDecrypting_G4() {
    // 2 + 15 + 12 = 29: the id of a key of the ring and a nonce, nothing sealed
    assertThatThrownBy(() -> VAULT.openSecret(withHeader(15, ID_15, 29), AD))
        .isInstanceOf(IllegalStateException.class)
        .hasNoCause()
        .hasMessageContaining("\"" + ID_15 + "\"");
  }

  @Test
  void aCiphertextShorterThanItsTagIsTriedAndDoesNotOpen_G4_L4() {
    // 2 + 15 + 12 + n: one byte up to one byte short of GCM's 16-byte tag; the JDK's cipher
    // answered these with an unchecked ProviderException, which escaped the use cases (L-4)
    for (int ciphertext = 1; ciphertext < 16; ciphertext++) {
      int size = 29 + ciphertext;
      assertThatThrownBy(() -> VAULT.openSecret(withHeader(15, ID_15, size), AD))
          .as("%d bytes of ciphertext", ciphertext)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not open")
          .hasCauseInstanceOf(java.security.GeneralSecurityException.class);
    }
    assertThatThrownBy(() -> VAULT.openSecret(withHeader(15, ID_15, 29 + 16), AD))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("does not open");
  }

  @Test
  void aSealedCodeShorterThanItsTagDoesNotOpen_G4_L4() {
    CodeVault vault = CodeVault.withRandomKeys();
    StoredCode stored = vault.seal(new VoucherCode("ABCDEFGHJKMN"));
    for (int ciphertext = 1; ciphertext <= 16; ciphertext++) {
      byte[] truncated = java.util.Arrays.copyOf(stored.sealed().orElseThrow(), 13 + ciphertext);
      StoredCode altered = StoredCode.of(stored.digest(), stored.lastFour(),
          java.util.Optional.of(truncated));
      assertThatThrownBy(() -> vault.open(altered)).as("%d bytes of ciphertext", ciphertext)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not open")
          .hasCauseInstanceOf(java.security.GeneralSecurityException.class);
    }
  }

  @Test
  void anEmptySecretIsItsTagAloneAndOpens_G4() {
    SealedSecret sealed = VAULT.sealSecret("", AD);
    assertThat(sealed.bytes()).hasSize(2 + 15 + 12 + 16);
    assertThat(VAULT.openSecret(sealed, AD)).isEmpty();
    CodeVault before = CodeVault.withRandomKeys();
    SealedSecret initial = before.sealSecret("", AD);
    assertThat(initial.bytes()).hasSize(1 + 12 + 16);
    assertThat(before.openSecret(initial, AD)).isEmpty();
  }

  @Test
  void aSecretSealedUnderAFifteenCharacterKeyIdOpens_G4() {
    SealedSecret sealed = VAULT.sealSecret("token", AD);
    byte[] bytes = sealed.bytes();
    assertThat(bytes[0]).isEqualTo((byte) 2);
    assertThat(bytes[1]).isEqualTo((byte) 15);
    assertThat(new String(Arrays.copyOfRange(bytes, 2, 17), StandardCharsets.US_ASCII))
        .isEqualTo(ID_15);
    assertThat(VAULT.openSecret(sealed, AD)).isEqualTo("token");
  }
}
