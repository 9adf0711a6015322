// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks.jpa;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The shop's voucher codes, with the JDK only: 20 random symbols of Crockford's base 32 (100
 * bits from {@link SecureRandom}), shown in groups of four; stored as an HMAC-SHA256 digest (to
 * look a typed code up) and sealed with AES-GCM (random nonce, the digest as associated data) so
 * that it can be shown again. One instance per thread ({@link Mac} and {@link Cipher} are not
 * thread-safe).
 */
final class ShopCodes {
  static final int SYMBOLS = 20;
  private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int NONCE = 12;

  private final SecureRandom random;
  private final Mac mac;
  private final Cipher cipher;
  private final SecretKeySpec sealKey;

  /** A code as stored. */
  record Sealed(String display, byte[] digest, byte[] sealed, String lastFour) {}

  ShopCodes(byte[] lookupKey, byte[] sealKey, SecureRandom random) {
    try {
      this.random = random;
      this.mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(lookupKey, "HmacSHA256"));
      this.cipher = Cipher.getInstance("AES/GCM/NoPadding");
      this.sealKey = new SecretKeySpec(sealKey, "AES");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK lacks HMAC-SHA256 or AES-GCM", e);
    }
  }

  /** A new random code, digested and sealed. */
  Sealed next() {
    byte[] bits = new byte[13];
    random.nextBytes(bits);
    char[] symbols = new char[SYMBOLS];
    long high = ByteBuffer.wrap(bits, 0, 8).getLong();
    long low = ByteBuffer.wrap(bits, 8, 4).getInt() & 0xffffffffL | (bits[12] & 0xffL) << 32;
    for (int i = 0; i < 12; i++) {
      symbols[i] = ALPHABET[(int) (high >>> (5 * i)) & 31];
    }
    for (int i = 12; i < SYMBOLS; i++) {
      symbols[i] = ALPHABET[(int) (low >>> (5 * (i - 12))) & 31];
    }
    String code = new String(symbols);
    byte[] digest = digest(code);
    return new Sealed(display(code), digest, seal(code, digest), code.substring(SYMBOLS - 4));
  }

  /**
   * The digest of a typed code: blanks and hyphens dropped, upper case, 20 symbols of the
   * alphabet; empty if it cannot be a code.
   */
  Optional<byte[]> digestOfTyped(String typed) {
    StringBuilder code = new StringBuilder(SYMBOLS);
    for (int i = 0; i < typed.length(); i++) {
      char c = Character.toUpperCase(typed.charAt(i));
      if (c == '-' || c == ' ') {
        continue;
      }
      if (code.length() == SYMBOLS || !(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')
          || c == 'I' || c == 'L' || c == 'O' || c == 'U') {
        return Optional.empty();
      }
      code.append(c);
    }
    return code.length() == SYMBOLS ? Optional.of(digest(code.toString())) : Optional.empty();
  }

  private byte[] digest(String code) {
    return mac.doFinal(code.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] seal(String code, byte[] digest) {
    try {
      byte[] sealed = new byte[NONCE + SYMBOLS + 16];
      byte[] nonce = new byte[NONCE];
      random.nextBytes(nonce);
      cipher.init(Cipher.ENCRYPT_MODE, sealKey, new GCMParameterSpec(128, nonce));
      cipher.updateAAD(digest);
      System.arraycopy(nonce, 0, sealed, 0, NONCE);
      cipher.doFinal(code.getBytes(StandardCharsets.US_ASCII), 0, SYMBOLS, sealed, NONCE);
      return sealed;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("could not seal a code", e);
    }
  }

  private static String display(String code) {
    StringBuilder out = new StringBuilder(SYMBOLS + SYMBOLS / 4);
    for (int i = 0; i < SYMBOLS; i++) {
      if (i > 0 && i % 4 == 0) {
        out.append('-');
      }
      out.append(code.charAt(i));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
