// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.Entropy;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Generates voucher codes of one {@link CodeFormat} from an {@link Entropy} (rules C-2, C-3).
 *
 * <p>Each code consumes {@code ceil(randomBits / 8)} random bytes, obtained in {@link
 * Entropy#fill(byte[])} calls of many codes at once: {@link #next(int)} fills a whole batch,
 * {@link #next()} a pool of {@value #POOLED_CODES} codes' bytes. The bytes are read
 * as a bit string, most significant bit first, and cut into 5-bit chunks; exactly {@code
 * randomSymbols × 5} bits are used and the remaining bits of the last byte are discarded. Since
 * every 5-bit chunk of uniform bytes is uniform over 0–31, every symbol is uniform and there is no
 * modulo bias.
 *
 * <p>The check symbol is the one {@link CheckSymbol#compute(CharSequence)} gives, but computed
 * with a byte-indexed table instead of one quasigroup step per symbol: unrolling the check's
 * recurrence {@code interim := a·interim + d} shows that the final interim is {@code a^n·P + Σ
 * a^(n-1-i)·d_i} (P the interim after the prefix, n the number of random symbols), which is
 * GF(2)-linear in the random bits. So the interim is {@code a^n·P} XOR, for each random byte k,
 * the share of that byte's bits, looked up in a 256-entry table per byte position. Those tables
 * are derived once per generator from the {@code CheckSymbol} table (multiplying by a is the table
 * entry {@code v ∘ 0}).
 *
 * <p>Uniqueness (C-1) is not guaranteed here: storage rejects duplicates, and the caller retries.
 * {@link CodeFormat#assess(long, long)} tells how likely that is. Instances are thread-safe if
 * their {@code Entropy} is (as {@link Entropy#secure()} is); their only state is the pool of
 * {@link #next()}.
 */
public final class CodeGenerator {

  /** Upper bound on the bytes requested by one fill call in {@link #next(int)}. */
  private static final int MAX_FILL_BYTES = 1 << 20;

  /** Codes whose random bytes {@link #next()} draws in one fill call. */
  static final int POOLED_CODES = 64;

  /** Symbols per chunk of five random bytes (40 bits). */
  private static final int CHUNK_SYMBOLS = 8;

  /** Bytes per chunk of eight symbols. */
  private static final int CHUNK_BYTES = 5;

  private static final int BITS = CodeFormat.BITS_PER_SYMBOL;

  /** Random symbols of the default format, which {@link #buildDefaultSize} handles unrolled. */
  private static final int DEFAULT_RANDOM_SYMBOLS = 19;

  private static final byte[] SYMBOLS =
      Crockford.ALPHABET.getBytes(StandardCharsets.ISO_8859_1);

  /** Two symbols (big-endian ASCII bytes) for every 10-bit value. */
  private static final short[] PAIRS = new short[1 << (2 * BITS)];

  private static final VarHandle SHORT_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.BIG_ENDIAN);

  private static final VarHandle INT_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

  private static final VarHandle LONG_BIG_ENDIAN =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  static {
    for (int pair = 0; pair < PAIRS.length; pair++) {
      PAIRS[pair] = (short) (SYMBOLS[pair >>> BITS] << 8 | SYMBOLS[pair & 0b11111]);
    }
  }

  private final CodeFormat format;
  private final Entropy entropy;
  private final byte[] prefix;
  private final boolean checkSymbol;
  private final int length;
  private final int bytesPerCode;
  /** Whether the format has {@value #DEFAULT_RANDOM_SYMBOLS} random symbols (the default). */
  private final boolean defaultSize;
  /** Number of complete 5-byte chunks (8 symbols each). */
  private final int fullChunks;
  /** Symbols after the complete chunks, 0 to 7. */
  private final int restSymbols;
  /** Bits read for the rest symbols: 8 × the remaining bytes. */
  private final int restBits;
  /** a^n · (interim after the prefix): the prefix's share of the final interim. */
  private final int prefixTerm;
  /**
   * Shares of the random bytes in the final interim: {@code shares[(k << 8) | b]} is the share of
   * byte value b at byte position k.
   */
  private final byte[] shares;

  /** Random bytes of up to {@value #POOLED_CODES} codes for {@link #next()}; guards itself. */
  private final byte[] pool;

  /** How many bytes of {@link #pool} {@link #next()} has taken; all of them at first. */
  private int pooled;

  /**
   * Creates a generator.
   *
   * @param format the format of the generated codes
   * @param entropy the source of random bytes; {@link Entropy#secure()} in production
   */
  public CodeGenerator(CodeFormat format, Entropy entropy) {
    this.format = Objects.requireNonNull(format, "format");
    this.entropy = Objects.requireNonNull(entropy, "entropy");
    this.prefix = format.prefix().getBytes(StandardCharsets.ISO_8859_1);
    int randomSymbols = format.randomSymbols();
    this.checkSymbol = format.checkSymbol();
    this.length = format.length();
    this.bytesPerCode = (format.randomBits() + 7) / 8;
    this.pool = new byte[POOLED_CODES * bytesPerCode];
    this.pooled = pool.length;
    this.defaultSize = randomSymbols == DEFAULT_RANDOM_SYMBOLS;
    this.fullChunks = randomSymbols / CHUNK_SYMBOLS;
    this.restSymbols = randomSymbols % CHUNK_SYMBOLS;
    this.restBits = (bytesPerCode - fullChunks * CHUNK_BYTES) * 8;

    int interim = 0;
    for (byte symbol : prefix) {
      interim = CheckSymbol.step(interim, Crockford.valueOf((char) symbol));
    }
    for (int i = 0; i < randomSymbols; i++) {
      interim = timesA(interim);
    }
    this.prefixTerm = interim;

    // share of bit q of the random bit string (q = 0 is the most significant bit of byte 0):
    // it is bit t = 4 - q % 5 of symbol i = q / 5, so its share is a^(n-1-i) · x^t; the bits
    // after the last symbol (padding of the last byte) are discarded and have no share.
    int[] bitShares = new int[bytesPerCode * 8];
    for (int q = 0; q < randomSymbols * BITS; q++) {
      int share = 1 << (BITS - 1 - q % BITS);
      for (int k = randomSymbols - 1 - q / BITS; k > 0; k--) {
        share = timesA(share);
      }
      bitShares[q] = share;
    }
    this.shares = new byte[bytesPerCode << 8];
    for (int k = 0; k < bytesPerCode; k++) {
      for (int value = 0; value < 256; value++) {
        int share = 0;
        for (int bit = 0; bit < 8; bit++) {
          if ((value >>> (7 - bit) & 1) != 0) {
            share ^= bitShares[k * 8 + bit];
          }
        }
        shares[(k << 8) | value] = (byte) share;
      }
    }
  }

  /** Multiplies by the check's multiplier a, read off the table: a·v = v ∘ 0. */
  private static int timesA(int value) {
    return CheckSymbol.step(value, 0);
  }

  /**
   * Returns the format of the generated codes.
   *
   * @return the format
   */
  public CodeFormat format() {
    return format;
  }

  /**
   * Generates one code from {@code ceil(randomBits / 8)} random bytes. The bytes of {@value
   * #POOLED_CODES} codes are drawn in one fill call and handed out one code at a time (each
   * code's bytes are wiped from the pool as they are taken): one fill call per code would cost
   * a quarter of the time again (ADR 0060). Safe for concurrent use.
   *
   * @return a fresh code
   */
  public VoucherCode next() {
    byte[] bytes = new byte[bytesPerCode];
    synchronized (pool) {
      if (pooled == pool.length) {
        entropy.fill(pool);
        pooled = 0;
      }
      System.arraycopy(pool, pooled, bytes, 0, bytesPerCode);
      Arrays.fill(pool, pooled, pooled + bytesPerCode, (byte) 0);
      pooled += bytesPerCode;
    }
    return build(bytes, 0);
  }

  /**
   * Generates {@code count} codes. The random bytes for all of them are drawn in one fill call,
   * unless that would exceed 1 MiB, in which case one fill call per 1 MiB chunk is made.
   *
   * @param count the number of codes, not negative
   * @return the codes, in generation order (unmodifiable)
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public List<VoucherCode> next(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative but was " + count);
    }
    List<VoucherCode> codes = new ArrayList<>(count);
    int codesPerFill = Math.max(1, MAX_FILL_BYTES / bytesPerCode);
    byte[] bytes = new byte[0];
    int remaining = count;
    while (remaining > 0) {
      int batch = Math.min(remaining, codesPerFill);
      int size = batch * bytesPerCode;
      if (bytes.length != size) {
        bytes = new byte[size];
      }
      entropy.fill(bytes);
      for (int offset = 0; offset < size; offset += bytesPerCode) {
        codes.add(build(bytes, offset));
      }
      remaining -= batch;
    }
    return Collections.unmodifiableList(codes);
  }

  private VoucherCode build(byte[] bytes, int offset) {
    return defaultSize ? buildDefaultSize(bytes, offset) : buildAnySize(bytes, offset);
  }

  /**
   * {@link #buildAnySize} unrolled for 19 random symbols (12 random bytes, the last bit unused):
   * the bytes are read as one long and one int, and no loop is left, which roughly halves the
   * time spent outside {@code String} and {@code VoucherCode}.
   */
  private VoucherCode buildDefaultSize(byte[] bytes, int offset) {
    byte[] out = new byte[length];
    int at = prefix.length;
    System.arraycopy(prefix, 0, out, 0, at);
    long w0 = (long) LONG_BIG_ENDIAN.get(bytes, offset);
    int w1 = (int) INT_BIG_ENDIAN.get(bytes, offset + 8);
    // symbols 0-7: bits 0-39 (the top 40 bits of w0)
    LONG_BIG_ENDIAN.set(
        out,
        at,
        (long) PAIRS[(int) (w0 >>> 54) & 0x3FF] << 48
            | (PAIRS[(int) (w0 >>> 44) & 0x3FF] & 0xFFFFL) << 32
            | (PAIRS[(int) (w0 >>> 34) & 0x3FF] & 0xFFFFL) << 16
            | (PAIRS[(int) (w0 >>> 24) & 0x3FF] & 0xFFFFL));
    // symbols 8-15: bits 40-79 (the low 24 bits of w0, then the top 16 bits of w1)
    long c1 = w0 << 16 | (w1 >>> 16) & 0xFFFFL;
    LONG_BIG_ENDIAN.set(
        out,
        at + CHUNK_SYMBOLS,
        (long) PAIRS[(int) (c1 >>> 30) & 0x3FF] << 48
            | (PAIRS[(int) (c1 >>> 20) & 0x3FF] & 0xFFFFL) << 32
            | (PAIRS[(int) (c1 >>> 10) & 0x3FF] & 0xFFFFL) << 16
            | (PAIRS[(int) c1 & 0x3FF] & 0xFFFFL));
    // symbols 16-18: bits 80-94; bit 95 is discarded
    SHORT_BIG_ENDIAN.set(out, at + 2 * CHUNK_SYMBOLS, PAIRS[(w1 >>> 6) & 0x3FF]);
    out[at + 2 * CHUNK_SYMBOLS + 2] = SYMBOLS[(w1 >>> 1) & 0b11111];
    if (checkSymbol) {
      byte[] s = shares;
      int interim =
          prefixTerm
              ^ s[(int) (w0 >>> 56) & 0xFF]
              ^ s[0x100 | (int) (w0 >>> 48) & 0xFF]
              ^ s[0x200 | (int) (w0 >>> 40) & 0xFF]
              ^ s[0x300 | (int) (w0 >>> 32) & 0xFF]
              ^ s[0x400 | (int) (w0 >>> 24) & 0xFF]
              ^ s[0x500 | (int) (w0 >>> 16) & 0xFF]
              ^ s[0x600 | (int) (w0 >>> 8) & 0xFF]
              ^ s[0x700 | (int) w0 & 0xFF]
              ^ s[0x800 | (w1 >>> 24) & 0xFF]
              ^ s[0x900 | (w1 >>> 16) & 0xFF]
              ^ s[0xA00 | (w1 >>> 8) & 0xFF]
              ^ s[0xB00 | w1 & 0xFF];
      out[at + DEFAULT_RANDOM_SYMBOLS] = SYMBOLS[CheckSymbol.checkValue(interim)];
    }
    return new VoucherCode(new String(out, StandardCharsets.ISO_8859_1));
  }

  private VoucherCode buildAnySize(byte[] bytes, int offset) {
    byte[] out = new byte[length];
    int at = prefix.length;
    System.arraycopy(prefix, 0, out, 0, at);
    int interim = prefixTerm;
    int share = 0;
    int next = offset;
    for (int c = 0; c < fullChunks; c++, next += CHUNK_BYTES, at += CHUNK_SYMBOLS) {
      int b0 = bytes[next] & 0xFF;
      int b1 = bytes[next + 1] & 0xFF;
      int b2 = bytes[next + 2] & 0xFF;
      int b3 = bytes[next + 3] & 0xFF;
      int b4 = bytes[next + 4] & 0xFF;
      long chunk = (long) b0 << 32 | (long) b1 << 24 | b2 << 16 | b3 << 8 | b4;
      LONG_BIG_ENDIAN.set(
          out,
          at,
          (long) PAIRS[(int) (chunk >>> 30) & 0x3FF] << 48
              | (PAIRS[(int) (chunk >>> 20) & 0x3FF] & 0xFFFFL) << 32
              | (PAIRS[(int) (chunk >>> 10) & 0x3FF] & 0xFFFFL) << 16
              | (PAIRS[(int) chunk & 0x3FF] & 0xFFFFL));
      interim ^=
          shares[share | b0]
              ^ shares[(share + 0x100) | b1]
              ^ shares[(share + 0x200) | b2]
              ^ shares[(share + 0x300) | b3]
              ^ shares[(share + 0x400) | b4];
      share += 0x500;
    }
    if (restSymbols > 0) {
      long rest = 0;
      for (int end = offset + bytesPerCode; next < end; next++, share += 0x100) {
        int b = bytes[next] & 0xFF;
        rest = rest << 8 | b;
        interim ^= shares[share | b];
      }
      int shift = restBits - 2 * BITS;
      for (int p = restSymbols >>> 1; p > 0; p--, shift -= 2 * BITS, at += 2) {
        SHORT_BIG_ENDIAN.set(out, at, PAIRS[(int) (rest >>> shift) & 0x3FF]);
      }
      if ((restSymbols & 1) != 0) {
        out[at++] = SYMBOLS[(int) (rest >>> (shift + BITS)) & 0b11111];
      }
    }
    if (checkSymbol) {
      out[at] = SYMBOLS[CheckSymbol.checkValue(interim)];
    }
    return new VoucherCode(new String(out, StandardCharsets.ISO_8859_1));
  }
}
