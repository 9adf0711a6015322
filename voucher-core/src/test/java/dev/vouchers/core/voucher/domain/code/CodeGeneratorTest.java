// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.Entropy;
import io.vavr.control.Either;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Code generation (rules C-1, C-2, C-3). */
class CodeGeneratorTest {

  /** Deterministic entropy: repeats the given bytes forever and records each fill. */
  static final class CyclingEntropy implements Entropy {
    private final byte[] source;
    private int next;
    final List<Integer> fills = new ArrayList<>();
    byte[] lastFilled = new byte[0];

    CyclingEntropy(byte[] source) {
      this.source = source.clone();
    }

    @Override
    public void fill(byte[] bytes) {
      fills.add(bytes.length);
      lastFilled = bytes;
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = source[next];
        next = (next + 1) % source.length;
      }
    }

    /** The {@code count} bytes starting at stream offset {@code from}. */
    byte[] stream(long from, int count) {
      byte[] out = new byte[count];
      for (int i = 0; i < count; i++) {
        out[i] = source[(int) ((from + i) % source.length)];
      }
      return out;
    }
  }

  private static final Gen<CodeFormat> FORMATS =
      Generate.pick(List.of("", "V", "VCH", "Z9X0"))
          .zip(
              integers().between(16, 64),
              integers().between(1, 9),
              booleans().all(),
              (prefix, symbols, groupSize, check) ->
                  new CodeFormat(
                      prefix,
                      symbols,
                      CodeFormatTest.chunks(symbols + (check ? 1 : 0), groupSize),
                      check));

  private static final Gen<byte[]> BYTES =
      Generate.byteArrays(integers().between(1, 100), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));

  /** The random symbols of a code read back as a number (independent of the generator). */
  private static BigInteger randomPart(CodeFormat format, VoucherCode code) {
    String random =
        code.reveal().substring(format.prefix().length(), format.prefix().length() + format.randomSymbols());
    BigInteger value = BigInteger.ZERO;
    for (char c : random.toCharArray()) {
      value = value.shiftLeft(5).add(BigInteger.valueOf(Crockford.ALPHABET.indexOf(c)));
    }
    return value;
  }

  /** The first {@code bits} bits of {@code bytes}, most significant first. */
  private static BigInteger leadingBits(byte[] bytes, int bits) {
    return new BigInteger(1, bytes).shiftRight(bytes.length * 8 - bits);
  }

  @Test
  void generatedCodesParseBackToThemselvesAndHaveTheConfiguredShape_C3_C4() {
    qt().forAll(FORMATS, BYTES)
        .checkAssert(
            (format, bytes) -> {
              CyclingEntropy entropy = new CyclingEntropy(bytes);
              CodeGenerator generator = new CodeGenerator(format, entropy);
              List<VoucherCode> codes = new ArrayList<>(generator.next(3));
              codes.add(generator.next());
              for (VoucherCode code : codes) {
                String display = format.format(code);
                assertThat(format.parse(display)).isEqualTo(Either.right(code));
                assertThat(code.reveal()).hasSize(format.length()).startsWith(format.prefix());
                List<String> parts = new ArrayList<>(Arrays.asList(display.split("-", -1)));
                if (!format.prefix().isEmpty()) {
                  assertThat(parts.remove(0)).isEqualTo(format.prefix());
                }
                List<Integer> sizes = new ArrayList<>();
                parts.forEach(part -> sizes.add(part.length()));
                assertThat(sizes).isEqualTo(format.groups());
                if (format.checkSymbol()) {
                  String symbols = code.reveal();
                  int last = symbols.length() - 1;
                  assertThat(CheckSymbol.verify(symbols)).isTrue();
                  assertThat(symbols.charAt(last))
                      .isEqualTo(CheckSymbol.compute(symbols.substring(0, last)));
                }
              }
            });
  }

  /** The default 19-symbol size has an unrolled path of its own: held to the same reference. */
  @Test
  void theDefaultSizeUsesExactlyTheLeadingBitsAndAValidCheckSymbol_C2_C3() {
    Gen<CodeFormat> defaultSize = Generate.pick(List.of("", "V", "Z9X0")).zip(booleans().all(),
        (prefix, check) -> new CodeFormat(prefix, 19,
            CodeFormatTest.chunks(19 + (check ? 1 : 0), 5), check));
    qt().withExamples(2_000).forAll(defaultSize, BYTES)
        .checkAssert(
            (format, bytes) -> {
              CyclingEntropy entropy = new CyclingEntropy(bytes);
              List<VoucherCode> codes = new CodeGenerator(format, entropy).next(4);
              for (int i = 0; i < codes.size(); i++) {
                String symbols = codes.get(i).reveal();
                assertThat(randomPart(format, codes.get(i))).isEqualTo(
                    leadingBits(entropy.stream(i * 12L, 12), format.randomBits()));
                if (format.checkSymbol()) {
                  assertThat(symbols.charAt(symbols.length() - 1)).isEqualTo(
                      CheckSymbol.compute(symbols.substring(0, symbols.length() - 1)));
                }
              }
            });
  }

  @Test
  void exactlyTheLeadingRandomBitsOfEachCodesBytesAreUsed_C2() {
    qt().forAll(FORMATS, BYTES)
        .checkAssert(
            (format, bytes) -> {
              int perCode = (format.randomBits() + 7) / 8;
              CyclingEntropy entropy = new CyclingEntropy(bytes);
              CodeGenerator generator = new CodeGenerator(format, entropy);
              VoucherCode single = generator.next();
              VoucherCode second = generator.next();
              List<VoucherCode> batch = generator.next(5);
              int pool = CodeGenerator.POOLED_CODES * perCode;
              assertThat(entropy.fills).containsExactly(pool, 5 * perCode);
              assertThat(randomPart(format, single))
                  .isEqualTo(leadingBits(entropy.stream(0, perCode), format.randomBits()));
              assertThat(randomPart(format, second))
                  .isEqualTo(leadingBits(entropy.stream(perCode, perCode), format.randomBits()));
              for (int i = 0; i < batch.size(); i++) {
                assertThat(randomPart(format, batch.get(i)))
                    .isEqualTo(
                        leadingBits(
                            entropy.stream(pool + (long) i * perCode, perCode),
                            format.randomBits()));
              }
            });
  }

  @Test
  void allZeroAndAllOneBitsGiveTheExtremeSymbols_C2() {
    CodeFormat format = CodeFormat.defaults();
    String zeros = new CodeGenerator(format, bytes -> Arrays.fill(bytes, (byte) 0)).next().reveal();
    String ones = new CodeGenerator(format, bytes -> Arrays.fill(bytes, (byte) -1)).next().reveal();
    assertThat(zeros.substring(0, 19)).isEqualTo("0".repeat(19));
    assertThat(ones.substring(0, 19)).isEqualTo("Z".repeat(19));
    // check of all zeros: interim stays 0, check value 2*0 = 0
    assertThat(zeros.charAt(19)).isEqualTo('0');
  }

  @Test
  void codesOneAtATimeShareAFillAndABatchTakesOneFill_C2() {
    CyclingEntropy entropy = new CyclingEntropy(new byte[] {1, 2, 3});
    CodeGenerator generator = new CodeGenerator(CodeFormat.defaults(), entropy);
    int pooled = CodeGenerator.POOLED_CODES;
    List<String> single = new ArrayList<>();
    for (int i = 0; i < pooled; i++) {
      single.add(generator.next().reveal());
    }
    assertThat(entropy.fills).containsExactly(12 * pooled); // ceil(95 / 8) per code
    assertThat(entropy.lastFilled).as("each code's bytes are wiped from the pool as taken")
        .containsOnly((byte) 0);
    single.add(generator.next().reveal());
    assertThat(entropy.fills).containsExactly(12 * pooled, 12 * pooled);
    // the stream repeats every 3 bytes and a code takes 12: every code is the same here,
    // the first of the second fill included
    assertThat(single).hasSize(pooled + 1).containsOnly(single.get(0));
    entropy.fills.clear();
    assertThat(generator.next(10_000)).hasSize(10_000);
    assertThat(entropy.fills).containsExactly(120_000);
    entropy.fills.clear();
    assertThat(generator.next(0)).isEmpty();
    assertThat(entropy.fills).isEmpty();
    assertThatThrownBy(() -> generator.next(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hugeBatchesAreFilledInBoundedChunks() {
    CyclingEntropy entropy = new CyclingEntropy(new byte[] {7, 1, 9, 4});
    CodeGenerator generator = new CodeGenerator(CodeFormat.defaults(), entropy);
    assertThat(generator.next(100_000)).hasSize(100_000);
    assertThat(entropy.fills).hasSize(2);
    assertThat(entropy.fills.stream().mapToLong(Integer::longValue).sum()).isEqualTo(1_200_000L);
    assertThat(entropy.fills).allSatisfy(size -> assertThat(size).isLessThanOrEqualTo(1 << 20));
  }

  @Test
  void secureCodesAreDistinctAndUseEverySymbol_C1_C2() {
    List<VoucherCode> codes = new CodeGenerator(CodeFormat.defaults(), Entropy.secure()).next(10_000);
    Set<VoucherCode> distinct = new HashSet<>(codes);
    assertThat(distinct).hasSize(10_000);
    int[][] counts = new int[19][32];
    for (VoucherCode code : codes) {
      for (int position = 0; position < 19; position++) {
        counts[position][Crockford.ALPHABET.indexOf(code.reveal().charAt(position))]++;
      }
    }
    // expected 312.5 per cell; a cell below 200 or above 430 has probability < 1e-9
    for (int[] position : counts) {
      for (int count : position) {
        assertThat(count).isBetween(200, 430);
      }
    }
  }

  /** C-1: threads sharing a generator never get the same pooled bytes (nor wiped ones). */
  @Test
  void codesOneAtATimeFromManyThreadsAreDistinct_C1() throws Exception {
    CodeGenerator generator = new CodeGenerator(CodeFormat.defaults(), Entropy.secure());
    int threads = 4;
    int each = 5_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<VoucherCode>>> drawn = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        drawn.add(pool.submit(() -> {
          start.await();
          List<VoucherCode> codes = new ArrayList<>();
          for (int i = 0; i < each; i++) {
            codes.add(generator.next());
          }
          return codes;
        }));
      }
      start.countDown();
      Set<VoucherCode> distinct = new HashSet<>();
      for (Future<List<VoucherCode>> codes : drawn) {
        distinct.addAll(codes.get(1, TimeUnit.MINUTES));
      }
      assertThat(distinct).hasSize(threads * each);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void secureEntropyFillsTheWholeArray_C2() {
    byte[] bytes = new byte[64];
    Entropy.secure().fill(bytes);
    assertThat(bytes).isNotEqualTo(new byte[64]);
  }
}
