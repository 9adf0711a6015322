package dev.vouchers.core.domain.code;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Generates voucher codes of one {@link CodeFormat} from an {@link Entropy} (rules C-2, C-3).
 *
 * <p>Each code consumes {@code ceil(randomBits / 8)} random bytes, obtained in a single {@link
 * Entropy#fill(byte[])} call ({@link #next(int)} fills a whole batch at once). The bytes are read
 * as a bit string, most significant bit first, and cut into 5-bit chunks; exactly {@code
 * randomSymbols × 5} bits are used and the remaining bits of the last byte are discarded. Since
 * every 5-bit chunk of uniform bytes is uniform over 0–31, every symbol is uniform and there is no
 * modulo bias. The check symbol is computed with the precomputed {@link CheckSymbol} table.
 *
 * <p>Uniqueness (C-1) is not guaranteed here: storage rejects duplicates, and the caller retries.
 * {@link CodeFormat#assess(long, long)} tells how likely that is. Instances are immutable and
 * thread-safe if their {@code Entropy} is (as {@link Entropy#secure()} is).
 */
public final class CodeGenerator {

  /** Upper bound on the bytes requested by one fill call in {@link #next(int)}. */
  private static final int MAX_FILL_BYTES = 1 << 20;

  private static final char[] SYMBOLS = Crockford.ALPHABET.toCharArray();

  private final CodeFormat format;
  private final Entropy entropy;
  private final char[] prefix;
  private final int prefixInterim;
  private final int randomSymbols;
  private final boolean checkSymbol;
  private final int length;
  private final int bytesPerCode;

  /**
   * Creates a generator.
   *
   * @param format the format of the generated codes
   * @param entropy the source of random bytes; {@link Entropy#secure()} in production
   */
  public CodeGenerator(CodeFormat format, Entropy entropy) {
    this.format = Objects.requireNonNull(format, "format");
    this.entropy = Objects.requireNonNull(entropy, "entropy");
    this.prefix = format.prefix().toCharArray();
    int interim = 0;
    for (char symbol : prefix) {
      interim = CheckSymbol.step(interim, Crockford.valueOf(symbol));
    }
    this.prefixInterim = interim;
    this.randomSymbols = format.randomSymbols();
    this.checkSymbol = format.checkSymbol();
    this.length = format.length();
    this.bytesPerCode = (format.randomBits() + 7) / 8;
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
   * Generates one code, drawing {@code ceil(randomBits / 8)} bytes in one fill call.
   *
   * @return a fresh code
   */
  public VoucherCode next() {
    byte[] bytes = new byte[bytesPerCode];
    entropy.fill(bytes);
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
    char[] out = new char[length];
    int at = prefix.length;
    System.arraycopy(prefix, 0, out, 0, at);
    int interim = prefixInterim;
    int buffer = 0;
    int buffered = 0;
    int next = offset;
    for (int i = 0; i < randomSymbols; i++) {
      if (buffered < CodeFormat.BITS_PER_SYMBOL) {
        buffer = (buffer << 8) | (bytes[next++] & 0xFF);
        buffered += 8;
      }
      buffered -= CodeFormat.BITS_PER_SYMBOL;
      int value = (buffer >>> buffered) & 0b11111;
      out[at++] = SYMBOLS[value];
      interim = CheckSymbol.step(interim, value);
    }
    if (checkSymbol) {
      out[at] = SYMBOLS[CheckSymbol.checkValue(interim)];
    }
    return new VoucherCode(new String(out));
  }
}
