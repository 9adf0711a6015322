// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalogue of comparisons that {@link Ratios} runs: the performance requirements (issue 12's
 * targets), each a library benchmark against a baseline with a target throughput ratio, or for
 * information (target 0). Add new comparisons here.
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
            0.9),
        Comparison.of(
                "codegen-batch",
                "(3) next(1000), per code, vs SecureRandom.nextBytes(new byte[12]) per code",
                new BenchmarkRef(CodeGenerationBenchmark.class, "generateBatch"),
                randomBytesPerCode,
                0.9)
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
                0.9)
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
                0.8)
            .withHeap(new HeapCheck(MillionExportBenchmark.Library.class, Optional.empty(), 64)));
    all.add(
        Comparison.of(
                "import-1m",
                "(M-1) an import of 1,000,000 codes of an earlier system from a CSV file on"
                    + " PostgreSQL, one transaction: library importCodes (CSV read twice, rows"
                    + " checked, codes normalised, digested and sealed, COPY into the vouchers"
                    + " table after a savepoint) vs the order-1m baseline (INSERT order and line,"
                    + " COPY of 1,000,000 voucher rows of random bytes); single shot, ratio ="
                    + " baseline time / library time",
                new BenchmarkRef(MillionImportBenchmark.class, "library"),
                new BenchmarkRef(MillionImportBenchmark.class, "rawCopy"),
                0.5)
            .withHeap(new HeapCheck(MillionImportBenchmark.Library.class, Optional.empty(), 256)));
    all.addAll(byHand());
    all.addAll(jpa());
    return List.copyOf(all);
  }

  /** Send activation link and cancel an order of 100: the library vs its statements by hand. */
  private static List<Comparison> byHand() {
    return List.of(
        Comparison.of(
            "send-link",
            "(S-2) sendActivationLink of a VALID voucher on PostgreSQL, 1 thread, vs the"
                + " library's statements by hand (ActivationLinkByHand: voucher, partner, product,"
                + " the move with history and outbox rows in one statement, product again)",
            new BenchmarkRef(ByHandBenchmark.class, "sendLibrary"),
            new BenchmarkRef(ByHandBenchmark.class, "sendByHand"),
            0.95),
        Comparison.of(
            "cancel-100",
            "(V-6) cancelOrder of an order of 100 VALID vouchers on PostgreSQL, 1 thread, vs the"
                + " same work by hand (CancelOrderByHand: one read of the order, its total and"
                + " its vouchers' aggregate, the checks in Java; then in one transaction the"
                + " order's conditional update and one set-based statement moving every voucher"
                + " with its history row, rolled back if fewer moved than counted)",
            new BenchmarkRef(ByHandBenchmark.class, "cancelLibrary"),
            new BenchmarkRef(ByHandBenchmark.class, "cancelByHand"),
            0.95));
  }

  /**
   * The library against "what a shop would write instead": JPA on Hibernate ({@code
   * jpa.JpaShop}), on PostgreSQL; and, for information, what a partial index on the status
   * (as the library's) costs the JPA shop's redemptions, which can no longer be HOT updates.
   */
  private static List<Comparison> jpa() {
    List<Comparison> jpa = new ArrayList<>();
    for (int threads : List.of(1, 16)) {
      String where = " on PostgreSQL, " + threads + (threads == 1 ? " thread" : " threads");
      jpa.add(
          Comparison.of(
              "jpa-redeem-" + threads,
              "(V-1) markRedeemed by typed code" + where + " vs the JPA shop's redemption (find"
                  + " by digest, check, change, history row, one transaction, @Version)"
                  + (threads == 1 ? "; for information (the target is at 16 threads)" : ""),
              redeem("library", "postgresql", threads),
              jpaRedeem("plain", threads),
              threads == 16 ? 2.0 : 0));
      jpa.add(
          Comparison.of(
              "jpa-status-index-" + threads,
              "JPA shop's redemption" + where + " with the library's partial index on the status"
                  + " (vouchers due for expiry) vs with a plain index on the expiry: what ruling"
                  + " out HOT updates costs (for information)",
              jpaRedeem("partial_status", threads),
              jpaRedeem("plain", threads),
              0));
    }
    jpa.add(
        Comparison.of(
            "jpa-order-100k",
            "(O-4) an order of 100,000 vouchers on PostgreSQL: library orderVouchers (100 lines of"
                + " 1,000; COPY) vs the JPA shop's order (JDBC batches of 1,000 rewritten as"
                + " multi-row inserts, codes digested and sealed with the JDK); single shot,"
                + " ratio = JPA time / library time",
            new BenchmarkRef(JpaOrderBenchmark.class, "library"),
            new BenchmarkRef(JpaOrderBenchmark.class, "jpa"),
            1.2));
    return jpa;
  }

  private static BenchmarkRef jpaRedeem(String indexes, int threads) {
    return new BenchmarkRef(JpaRedeemBenchmark.class, "jpa")
        .withParam("indexes", indexes)
        .withThreads(threads);
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
                    + " UPDATE by HMAC digest in auto-commit, no history, no expiry check (the"
                    + " physical limit, for information)",
                library,
                redeem("conditionalUpdate", database, threads),
                0));
        redemptions.add(
            Comparison.of(
                "redeem-" + db + "-" + threads + "-b",
                "(V-1) markRedeemed by typed code" + where + ", vs baseline B: read by digest,"
                    + " conditional UPDATE by id and version, history row"
                    + (database.equals("postgresql") ? " (one CTE statement)" : " (one transaction)")
                    + " (for information)",
                library,
                redeem("readUpdateHistory", database, threads),
                0));
        redemptions.add(
            Comparison.of(
                "redeem-" + db + "-" + threads + "-c",
                "(V-1) markRedeemed by typed code" + where + ", vs baseline C: the library's own"
                    + (database.equals("postgresql")
                        ? " redemption statement (move the version that is redeemable, history"
                            + " row)"
                        : " redemption statements (conditional update answering with the row as"
                            + " it was, history row, one transaction)")
                    + " by hand: the library's overhead",
                library,
                redeem("oneStatementWithHistory", database, threads),
                0.95));
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
