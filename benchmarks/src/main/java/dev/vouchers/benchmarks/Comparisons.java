// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.ArrayList;
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
    List<Comparison> all = new ArrayList<>();
    all.addAll(List.of(
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
                + " pure cost of building the codes (for information: the issue's comparison is"
                + " codegen and codegen-batch)",
            new BenchmarkRef(CodeGenerationBenchmark.class, "generateBatch"),
            new BenchmarkRef(CodeGenerationBenchmark.class, "randomBytesBatch"),
            0)));
    all.addAll(redemptions());
    all.add(
        Comparison.of(
                "order-1m",
                "(O-4) one order of 1,000,000 vouchers on PostgreSQL, one transaction: library"
                    + " orderVouchers (codes generated, sealed, COPY) vs the same rows by hand"
                    + " (INSERT order and line, COPY of random bytes); single shot, ratio ="
                    + " baseline time / library time",
                new BenchmarkRef(MillionOrderBenchmark.class, "library"),
                new BenchmarkRef(MillionOrderBenchmark.class, "rawCopy"),
                0.7)
            .withHeap(new HeapCheck(MillionOrderBenchmark.Library.class, Optional.empty(), 256)));
    all.add(
        Comparison.of(
                "export-1m",
                "(S-1) CSV export of an order's 1,000,000 codes from PostgreSQL to a discarding"
                    + " writer: library exportOrderCodes vs a streamed SELECT (fetch size 1,000)"
                    + " writing the same CSV lines (codes opened with the JDK's AES-GCM); single"
                    + " shot, ratio = baseline time / library time",
                new BenchmarkRef(MillionExportBenchmark.class, "library"),
                new BenchmarkRef(MillionExportBenchmark.class, "rawSelect"),
                0)
            .withHeap(new HeapCheck(MillionExportBenchmark.Library.class, Optional.empty(), 64)));
    return List.copyOf(all);
  }

  /**
   * Redemption by typed code on PostgreSQL and H2 at 1 and 16 threads, each against baseline A
   * (one conditional update by digest, the issue's) and baseline B (read, conditional update by
   * id and version, history row).
   */
  private static List<Comparison> redemptions() {
    List<Comparison> redemptions = new ArrayList<>();
    for (String database : List.of("postgresql", "h2")) {
      String db = database.equals("postgresql") ? "pg" : "h2";
      String product = database.equals("postgresql") ? "PostgreSQL" : "H2 (in memory)";
      for (int threads : List.of(1, 16)) {
        BenchmarkRef library = redeem("library", database, threads);
        String where = " on " + product + ", " + threads + (threads == 1 ? " thread" : " threads");
        redemptions.add(
            Comparison.of(
                "redeem-" + db + "-" + threads,
                "(V-1) markRedeemed by typed code" + where + ", vs baseline A: one conditional"
                    + " UPDATE by HMAC digest in auto-commit",
                library,
                redeem("conditionalUpdate", database, threads),
                0.9));
        redemptions.add(
            Comparison.of(
                "redeem-" + db + "-" + threads + "-b",
                "(V-1) markRedeemed by typed code" + where + ", vs baseline B: read by digest,"
                    + " conditional UPDATE by id and version, history row"
                    + (database.equals("postgresql") ? " (one CTE statement)" : " (one transaction)"),
                library,
                redeem("readUpdateHistory", database, threads),
                0.9));
        redemptions.add(
            Comparison.of(
                "redeem-" + db + "-" + threads + "-c",
                "(V-1) markRedeemed by typed code" + where + ", vs baseline C: the library's own"
                    + (database.equals("postgresql")
                        ? " redemption statement (move the version that is redeemable, history"
                            + " row)"
                        : " redemption statements (conditional update answering with the row as"
                            + " it was, history row, one transaction)")
                    + " by hand; the ratio is the library's overhead (for information)",
                library,
                redeem("oneStatementWithHistory", database, threads),
                0));
      }
    }
    return redemptions;
  }

  private static BenchmarkRef redeem(String method, String database, int threads) {
    return new BenchmarkRef(RedeemBenchmark.class, method)
        .withParam("database", database)
        .withThreads(threads);
  }
}
