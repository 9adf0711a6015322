// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeKey;
import dev.vouchers.core.voucher.domain.code.CodeVault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * C-1..C-5: the code format and the keys codes are kept under at rest
 * ({@code vouchers.codes.*}).
 *
 * @param mode retrievable (encrypted, exportable) or shown once
 * @param lookupKey base64 secret of at least 32 bytes for the keyed hash codes are looked up
 *     by (required; e.g. {@code openssl rand -base64 32})
 * @param encryptionKey base64 AES key of 16, 24 or 32 bytes (required when retrievable)
 * @param prefix canonical Crockford symbols put before every code
 * @param randomSymbols random symbols per code, 5 bits each (C-2: at least 16)
 * @param groups sizes of the hyphen-separated groups, summing to the random symbols plus
 *     the check symbol
 * @param checkSymbol whether a check symbol catches typos (C-4)
 * @param keyId G-4: the id of the key given by {@code lookup-key} and {@code encryption-key}
 *     (default {@code initial}, the id every code stored before key rotation has)
 * @param currentKey G-4: the id of the key new codes are stored under (default: {@code key-id}
 *     when {@code lookup-key} is set, else the only key of {@code keys})
 * @param keys G-4: further keys by id, e.g. {@code vouchers.codes.keys.k2.lookup-key}: the
 *     new key of a rotation, or the older ones codes are still stored under
 * @param rekey G-4: the background re-keying job
 */
public record CodesProperties(
    @DefaultValue("retrievable") Mode mode,
    @Nullable String lookupKey,
    @Nullable String encryptionKey,
    @DefaultValue("") String prefix,
    @DefaultValue("19") int randomSymbols,
    @DefaultValue({"4", "4", "4", "4", "4"}) List<Integer> groups,
    @DefaultValue("true") boolean checkSymbol,
    @DefaultValue(CodeKey.INITIAL) String keyId,
    @Nullable String currentKey,
    @Nullable Map<String, Key> keys,
    @DefaultValue Rekey rekey) {

  /** How codes are kept at rest (C-1, C-5). */
  public enum Mode {
    /** Encrypted under the encryption key: the owning partner can show and export them. */
    RETRIEVABLE,
    /** Only a keyed hash and the last four symbols are kept: shown once, at the order. */
    SHOWN_ONCE
  }

  /**
   * G-4: one further key of the ring.
   *
   * @param lookupKey base64 secret of at least 32 bytes
   * @param encryptionKey base64 AES key of 16, 24 or 32 bytes (required when retrievable)
   */
  public record Key(@Nullable String lookupKey, @Nullable String encryptionKey) {
    @Override
    public String toString() {
      return "Key[***]";
    }
  }

  /**
   * G-4: the re-keying job ({@code RekeyCodes}), run in the background on every instance
   * (batches are claimed, so instances share the work): it moves retrievable codes from
   * older keys to the current one and does nothing when the ring has one key.
   *
   * @param enabled whether the job runs
   * @param interval the delay between runs
   * @param batchSize codes moved per batch
   */
  public record Rekey(@DefaultValue("true") boolean enabled,
      @DefaultValue("PT1M") Duration interval, @DefaultValue("500") int batchSize) {}

  /** Every key property that is missing or malformed, one line each. */
  List<String> keyProblems() {
    return CodeKeySettings.problems(this);
  }

  /** The code format (C-3). */
  public CodeFormat format() {
    return new CodeFormat(prefix, randomSymbols, groups, checkSymbol);
  }

  /**
   * The vault over the configured keys.
   *
   * @throws VouchersPropertiesException naming every key property that is missing or
   *     malformed
   */
  public CodeVault vault() {
    return CodeKeySettings.vault(this);
  }

  @Override
  public String toString() {
    return "CodesProperties[mode=" + mode + ", current=" + CodeKeySettings.current(this).orElse("?")
        + ", keys=***]";
  }
}
