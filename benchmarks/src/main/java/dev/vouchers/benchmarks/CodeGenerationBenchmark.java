// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import dev.vouchers.core.kernel.Entropy;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.CodeGenerator;
import dev.vouchers.core.voucher.domain.code.VoucherCode;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Code generation (issue comparison 3): {@link CodeGenerator} with the {@linkplain
 * CodeFormat#defaults() default format} (19 random symbols = 95 bits, plus a check symbol) against
 * {@link SecureRandom#nextBytes(byte[])} of the same random bits rounded up to whole bytes (12
 * bytes per code). Scores are codes per second in both the single and the batch variants.
 *
 * <p>Library and baseline draw from the same {@code SecureRandom} algorithm: with {@code
 * secureRandom = default} the library uses {@link Entropy#secure()} (a {@code new SecureRandom()})
 * and the baseline a {@code new SecureRandom()}; with an algorithm name (e.g. {@code DRBG}) both
 * use {@code SecureRandom.getInstance(name)}.
 *
 * <p>Not final: JMH generates subclasses of benchmark classes.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CodeGenerationBenchmark {

  /** Codes per invocation of the batch benchmarks. */
  public static final int BATCH = 1_000;

  private static final CodeFormat FORMAT = CodeFormat.defaults();

  /** Random bytes per code: the format's random bits rounded up to whole bytes. */
  public static final int BYTES_PER_CODE = (FORMAT.randomBits() + 7) / 8;

  /** {@code default} for the platform default algorithm, or a {@code SecureRandom} algorithm. */
  @Param({"default"})
  public String secureRandom = "default";

  private CodeGenerator generator = new CodeGenerator(FORMAT, Entropy.secure());

  private SecureRandom random = new SecureRandom();

  /** Creates the benchmark state; JMH calls {@link #setUp()} before measuring. */
  public CodeGenerationBenchmark() {}

  /**
   * Creates the generator and the baseline's {@code SecureRandom} for the chosen algorithm.
   *
   * @throws NoSuchAlgorithmException if the algorithm is not available
   */
  @Setup
  public void setUp() throws NoSuchAlgorithmException {
    if ("default".equals(secureRandom)) {
      generator = new CodeGenerator(FORMAT, Entropy.secure());
      random = new SecureRandom();
    } else {
      SecureRandom libraryRandom = SecureRandom.getInstance(secureRandom);
      generator = new CodeGenerator(FORMAT, libraryRandom::nextBytes);
      random = SecureRandom.getInstance(secureRandom);
    }
  }

  /**
   * The library: one code.
   *
   * @return the code
   */
  @Benchmark
  public VoucherCode generateOne() {
    return generator.next();
  }

  /**
   * The baseline: the random bytes of one code.
   *
   * @return the bytes
   */
  @Benchmark
  public byte[] randomBytesOne() {
    byte[] bytes = new byte[BYTES_PER_CODE];
    random.nextBytes(bytes);
    return bytes;
  }

  /**
   * The library: a batch of {@value #BATCH} codes (scored per code).
   *
   * @return the codes
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public List<VoucherCode> generateBatch() {
    return generator.next(BATCH);
  }

  /**
   * The baseline: the random bytes of {@value #BATCH} codes in one call (scored per code).
   *
   * @return the bytes
   */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public byte[] randomBytesBatch() {
    byte[] bytes = new byte[BATCH * BYTES_PER_CODE];
    random.nextBytes(bytes);
    return bytes;
  }
}
