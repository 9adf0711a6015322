// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import static dev.vouchers.benchmarks.Scale.CANCEL_1M_TARGET_S;
import static dev.vouchers.benchmarks.Scale.GROWTH_TARGET;
import static dev.vouchers.benchmarks.Scale.HEAP_TARGET_MB;
import static dev.vouchers.benchmarks.Scale.SWEEP_TARGET;

import dev.vouchers.benchmarks.Scale.Call;
import dev.vouchers.benchmarks.Scale.SizeResult;
import dev.vouchers.benchmarks.Scale.Timings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The {@code scale} report: one row per call, a column per size, the growth and the target. */
final class ScaleReport {
  private ScaleReport() {}

  /** The report: one row per call, a column per size, the growth and the target. */
  static String table(List<SizeResult> results, List<PeakHeap.Forked> heap) {
    StringBuilder out = new StringBuilder();
    out.append("\n| call |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,d vouchers: median / p99 ms |", r.vouchers()));
    }
    out.append(" growth (medians, largest / smallest size) | target |\n|---|");
    out.append("---|".repeat(results.size())).append("---|---|\n");
    for (Call call : Call.values()) {
      out.append("| ").append(call.label).append(" |");
      List<Timings> row = new ArrayList<>();
      for (SizeResult r : results) {
        Timings t = r.timings().get(call);
        if (t == null) {
          out.append(" — |");
        } else if (!t.ok()) {
          out.append(" FAILED: ").append(escape(t.failure())).append(" |");
        } else {
          row.add(t);
          out.append(' ').append(millis(t.medianMillis())).append(" / ")
              .append(millis(t.p99Millis())).append(" |");
        }
      }
      out.append(' ').append(growth(call, row, results.size())).append(" | ")
          .append(target(call, row)).append(" |\n");
    }
    out.append("| expiry sweep, vouchers/s |");
    for (SizeResult r : results) {
      out.append(String.format(Locale.ROOT, " %,.0f (%s) |", r.sweepPerSecond(), r.sweepNote()));
    }
    double slowest = results.stream().mapToDouble(SizeResult::sweepPerSecond).min().orElse(0);
    out.append(" | ≥ 50,000/s ").append(results.isEmpty() ? "" : mark(slowest >= SWEEP_TARGET))
        .append(" |\n\n");
    out.append("Fill times (through the library, VACUUM ANALYZE included):");
    for (SizeResult r : results) {
      out.append(String.format(
          Locale.ROOT, " %,d: %.0f s;", r.size(), r.fill().toMillis() / 1e3));
    }
    out.append("\n");
    if (!heap.isEmpty()) {
      out.append("\nPeak heap of the 1,000,000-voucher order's calls, each in a child JVM:\n\n")
          .append("| call | peak live heap | target |\n|---|---|---|\n");
      for (PeakHeap.Forked f : heap) {
        boolean ok = f.measurement().map(m -> m.peakLiveMegabytes() <= HEAP_TARGET_MB)
            .orElse(false);
        out.append("| ").append(f.operation().substring(f.operation().lastIndexOf('$') + 1))
            .append(" | ").append(escape(f.describe())).append(" | ≤ 64 MB ").append(mark(ok))
            .append(" |\n");
      }
    }
    return out.toString();
  }

  private static String growth(Call call, List<Timings> row, int sizes) {
    if (!call.perRequest || row.size() < 2 || row.size() != sizes) {
      return "—";
    }
    return String.format(
        Locale.ROOT, "×%.2f", row.get(row.size() - 1).medianMillis() / row.get(0).medianMillis());
  }

  private static String target(Call call, List<Timings> row) {
    if (call.perRequest) {
      if (row.size() < 2) {
        return "≤ 2× (one size only)";
      }
      double factor = row.get(row.size() - 1).medianMillis() / row.get(0).medianMillis();
      return "≤ 2× " + mark(factor <= GROWTH_TARGET);
    }
    if (call == Call.CANCEL_1M) {
      return row.isEmpty()
          ? "≤ 15 s"
          : "≤ 15 s " + mark(row.stream().allMatch(t -> t.medianMillis() <= CANCEL_1M_TARGET_S * 1e3));
    }
    return "(bounded heap, see below)";
  }

  private static String mark(boolean passed) {
    return passed ? "✓" : "✗";
  }

  static String millis(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  private static String escape(String text) {
    String flat = text.replace("|", "\\|").replace("\n", " ");
    return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
  }
}
