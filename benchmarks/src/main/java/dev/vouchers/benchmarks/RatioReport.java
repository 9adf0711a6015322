// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Renders {@link Outcome}s as console text and as a Markdown table. */
final class RatioReport {

  private RatioReport() {}

  /** One block of text per comparison, for the console. */
  static String console(List<Outcome> outcomes) {
    StringBuilder out = new StringBuilder();
    for (Outcome o : outcomes) {
      Comparison c = o.comparison();
      out.append(String.format(Locale.ROOT, "%n== %s: %s%n", c.name(), c.description()));
      out.append(
          String.format(
              Locale.ROOT,
              "   library  %-45s min/median/max %s%n",
              c.library().shortName(),
              o.library().describe()));
      out.append(
          String.format(
              Locale.ROOT,
              "   baseline %-45s min/median/max %s%n",
              c.baseline().shortName(),
              o.baseline().describe()));
      out.append(
          String.format(
              Locale.ROOT,
              "   ratio %.3f (worst %.3f)%s, %s: %s%n",
              o.ratio(),
              o.worstRatio(),
              o.library().timed() ? " = baseline time / library time" : "",
              c.hasTarget()
                  ? String.format(Locale.ROOT, "target >= %.2f", c.targetRatio())
                  : "no target (for information)",
              o.passed() ? "PASS" : "FAIL"));
      for (PeakHeap.Forked heap : o.heap()) {
        out.append("   heap ").append(simpleName(heap.operation())).append(": ");
        out.append(heap.describe()).append(System.lineSeparator());
      }
    }
    return out.toString();
  }

  /** A Markdown document with an environment line and one table row per comparison. */
  static String markdown(List<Outcome> outcomes, String environment) {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark ratios\n\n");
    md.append(environment).append("\n\n");
    md.append(
        "Scores are min / median / max over the measurement iterations of all forks: throughput"
            + " (ops/s, higher is better), or for single-shot benchmarks the time of one operation"
            + " (s/op, lower is better). Ratio = library throughput / baseline throughput of the"
            + " medians, i.e. library median / baseline median for throughput and baseline median"
            + " / library median for times (worst: the library's worst iteration against the"
            + " baseline's best); a comparison passes when the ratio reaches the target and every"
            + " heap-limited operation completed.\n\n");
    md.append("| Comparison | Library | Baseline | Ratio (worst) | Target | Result | Peak heap |\n");
    md.append("|---|---|---|---|---|---|---|\n");
    for (Outcome o : outcomes) {
      Comparison c = o.comparison();
      md.append("| **")
          .append(c.name())
          .append("**<br>")
          .append(escape(c.description()))
          .append(" | `")
          .append(c.library().shortName())
          .append("`<br>")
          .append(o.library().describe())
          .append(" | `")
          .append(c.baseline().shortName())
          .append("`<br>")
          .append(o.baseline().describe())
          .append(String.format(Locale.ROOT, " | %.3f (%.3f)", o.ratio(), o.worstRatio()))
          .append(
              c.hasTarget()
                  ? String.format(Locale.ROOT, " | ≥ %.2f", c.targetRatio())
                  : " | – (information)")
          .append(" | ")
          .append(o.passed() ? "PASS" : "**FAIL**")
          .append(" | ")
          .append(
              o.heap().isEmpty()
                  ? "–"
                  : o.heap().stream()
                      .map(h -> simpleName(h.operation()) + ": " + escape(h.describe()))
                      .collect(Collectors.joining("<br>")))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1).replace('$', '.');
  }

  private static String escape(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
