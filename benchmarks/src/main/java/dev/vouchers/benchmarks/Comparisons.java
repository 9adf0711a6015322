package dev.vouchers.benchmarks;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue of comparisons that {@link Ratios} runs: the performance requirements, each
 * a library benchmark against a raw baseline with a target throughput ratio. Add new comparisons
 * here.
 */
public final class Comparisons {

  private Comparisons() {}

  /**
   * Returns every comparison, in report order.
   *
   * @return the comparisons
   */
  public static List<Comparison> all() {
    BenchmarkRef randomBytesPerCode =
        new BenchmarkRef(CodeGenerationBenchmark.class, "randomBytesOne");
    return List.of(
        Comparison.of(
            "codegen",
            "(3) next(): one code (default format, 95 random bits + check symbol) vs"
                + " SecureRandom.nextBytes(new byte[12]) per code",
            new BenchmarkRef(CodeGenerationBenchmark.class, "generateOne"),
            randomBytesPerCode,
            0.7),
        Comparison.of(
                "codegen-batch",
                "(3) next(1000), per code, vs SecureRandom.nextBytes(new byte[12]) per code",
                new BenchmarkRef(CodeGenerationBenchmark.class, "generateBatch"),
                randomBytesPerCode,
                0.7)
            .withHeap(
                new HeapCheck(
                    MillionCodes.Library.class, Optional.of(MillionCodes.Baseline.class), 256)),
        Comparison.of(
            "codegen-batch-onefill",
            "(3, stricter) next(1000), per code, vs one SecureRandom.nextBytes(new byte[12000])"
                + " per 1000 codes: the same single fill as the library, so the ratio is the"
                + " pure cost of building the codes",
            new BenchmarkRef(CodeGenerationBenchmark.class, "generateBatch"),
            new BenchmarkRef(CodeGenerationBenchmark.class, "randomBytesBatch"),
            0.7));
  }
}
