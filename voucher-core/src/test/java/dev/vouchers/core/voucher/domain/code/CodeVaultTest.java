// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Entropy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** C-1, C-5: codes at rest are a keyed digest, the last four symbols and, maybe, a sealed code. */
class CodeVaultTest {
  private static final CodeGenerator CODES =
      new CodeGenerator(CodeFormat.defaults(), Entropy.secure());
  private static final byte[] LOOKUP = key(32, 1);
  private static final byte[] ENCRYPTION = key(32, 2);

  private static byte[] key(int length, int seed) {
    byte[] key = new byte[length];
    for (int i = 0; i < length; i++) {
      key[i] = (byte) (i * 31 + seed);
    }
    return key;
  }

  private final CodeVault vault = CodeVault.retrievable(LOOKUP, ENCRYPTION);
  private final VoucherCode code = CODES.next();

  @Test
  void theDigestIsAKeyedHashOfTheCanonicalCode_C5() throws Exception {
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(LOOKUP, "HmacSHA256"));
    byte[] expected = mac.doFinal(code.reveal().getBytes(StandardCharsets.US_ASCII));

    assertThat(vault.digest(code).bytes()).isEqualTo(expected);
    assertThat(vault.digest(code)).isEqualTo(vault.digest(new VoucherCode(code.reveal())));
    assertThat(CodeVault.shownOnce(LOOKUP).digest(code)).isEqualTo(vault.digest(code));
    assertThat(CodeVault.shownOnce(key(32, 9)).digest(code)).isNotEqualTo(vault.digest(code));
    assertThat(vault.digest(CODES.next())).isNotEqualTo(vault.digest(code));
  }

  @Test
  void aSealedCodeOpensAgainAndHoldsNoPlaintext_C5() {
    StoredCode stored = vault.seal(code);

    assertThat(stored.digest()).isEqualTo(vault.digest(code));
    assertThat(stored.lastFour()).isEqualTo(code.lastFour());
    assertThat(stored.retrievable()).isTrue();
    assertThat(new String(stored.sealed().orElseThrow(), StandardCharsets.ISO_8859_1))
        .doesNotContain(code.reveal()).doesNotContain(code.reveal().substring(0, 8));
    assertThat(vault.open(stored)).contains(code);
    assertThat(vault.keepsCodesRetrievable()).isTrue();
  }

  @Test
  void sealingTwiceUsesFreshNoncesButTheSameDigest_C5() {
    StoredCode first = vault.seal(code);
    StoredCode second = vault.seal(code);
    assertThat(first.sealed().orElseThrow()).isNotEqualTo(second.sealed().orElseThrow());
    assertThat(first.digest()).isEqualTo(second.digest());
    assertThat(first).isNotEqualTo(second);
    assertThat(vault.open(second)).contains(code);
  }

  @Test
  void shownOnceKeepsOnlyDigestAndLastFour_C5() {
    CodeVault once = CodeVault.shownOnce(LOOKUP);
    StoredCode stored = once.seal(code);
    assertThat(stored.sealed()).isEmpty();
    assertThat(stored.retrievable()).isFalse();
    assertThat(once.open(stored)).isEmpty();
    assertThat(once.keepsCodesRetrievable()).isFalse();
    // a retrievable vault cannot open what was never sealed
    assertThat(vault.open(stored)).isEmpty();
    assertThat(stored.toString()).contains("shown once").doesNotContain(code.reveal());
  }

  @Test
  void anotherEncryptionKeyDoesNotOpenAndSaysWhy_C5() {
    StoredCode stored = vault.seal(code);
    CodeVault other = CodeVault.retrievable(LOOKUP, key(32, 7));
    assertThatThrownBy(() -> other.open(stored)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("encryption key differs").hasMessageContaining(code.lastFour())
        .hasMessageNotContaining(code.reveal());
  }

  @Test
  void aSealedCodeMovedToAnotherDigestDoesNotOpen_C5() {
    StoredCode stored = vault.seal(code);
    StoredCode moved = StoredCode.of(vault.digest(CODES.next()), stored.lastFour(), stored.sealed());
    assertThatThrownBy(() -> vault.open(moved)).isInstanceOf(IllegalStateException.class);

    byte[] flipped = stored.sealed().orElseThrow();
    flipped[flipped.length - 1] ^= 1;
    StoredCode altered = StoredCode.of(stored.digest(), stored.lastFour(), Optional.of(flipped));
    assertThatThrownBy(() -> vault.open(altered)).isInstanceOf(IllegalStateException.class);

    byte[] future = stored.sealed().orElseThrow();
    future[0] = 2;
    assertThatThrownBy(() -> vault.open(
        StoredCode.of(stored.digest(), stored.lastFour(), Optional.of(future))))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in format 1");
  }

  @Test
  void weakKeysAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> CodeVault.shownOnce(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the code lookup key must have at least 32 bytes (256 bits); it has 31");
    assertThatThrownBy(() -> CodeVault.retrievable(LOOKUP, new byte[20]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the code encryption key must be an AES key of 16, 24 or 32 bytes; it has 20");
    assertThat(CodeVault.retrievable(LOOKUP, key(16, 3)).open(
        CodeVault.retrievable(LOOKUP, key(16, 3)).seal(code))).contains(code);
    assertThat(CodeVault.retrievable(LOOKUP, key(24, 3)).keepsCodesRetrievable()).isTrue();
  }

  @Test
  void keysAreCopiedSoTheCallerCannotChangeThem() {
    byte[] lookup = LOOKUP.clone();
    byte[] encryption = ENCRYPTION.clone();
    CodeVault copied = CodeVault.retrievable(lookup, encryption);
    StoredCode stored = copied.seal(code);
    Arrays.fill(lookup, (byte) 0);
    Arrays.fill(encryption, (byte) 0);
    assertThat(copied.digest(code)).isEqualTo(vault.digest(code));
    assertThat(copied.open(stored)).contains(code);
  }

  @Test
  void digestsAgreeAcrossThreads() {
    List<VoucherCode> codes = CODES.next(2_000);
    List<CodeDigest> sequential = codes.stream().map(vault::digest).toList();
    List<CodeDigest> parallel = IntStream.range(0, codes.size()).parallel()
        .mapToObj(i -> vault.digest(codes.get(i))).toList();
    assertThat(parallel).isEqualTo(sequential);
    assertThat(codes.parallelStream().map(c -> vault.open(vault.seal(c)).orElseThrow()).toList())
        .isEqualTo(codes);
  }

  @Test
  void storedPartsAreValidated() {
    CodeDigest digest = vault.digest(code);
    assertThatThrownBy(() -> CodeDigest.of(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("a code digest has 32 bytes, not 31");
    assertThatThrownBy(() -> StoredCode.of(digest, "", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoredCode.of(digest, "ABCDE", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoredCode.of(digest, "ab-c", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(StoredCode.of(digest, "XY", Optional.empty()).lastFour()).isEqualTo("XY");
  }

  @Test
  void digestsAndStoredCodesCompareByContentAndPrintNoSecret() {
    CodeDigest digest = vault.digest(code);
    assertThat(CodeDigest.of(digest.bytes())).isEqualTo(digest).hasSameHashCodeAs(digest);
    assertThat(digest.hex()).hasSize(64).isLowerCase();
    assertThat(digest.toString()).startsWith("CodeDigest[" + digest.hex().substring(0, 8));
    StoredCode stored = vault.seal(code);
    StoredCode copy = StoredCode.of(stored.digest(), stored.lastFour(), stored.sealed());
    assertThat(copy).isEqualTo(stored).hasSameHashCodeAs(stored);
    assertThat(stored.toString()).isEqualTo("StoredCode[****" + code.lastFour() + "]");
    assertThat(vault.toString()).isEqualTo("CodeVault[retrievable]");
    assertThat(CodeVault.shownOnce(LOOKUP).toString()).isEqualTo("CodeVault[shown once]");
    assertThat(CodeVault.withRandomKeys().digest(code)).isNotEqualTo(CodeVault.withRandomKeys().digest(code));
  }
}
