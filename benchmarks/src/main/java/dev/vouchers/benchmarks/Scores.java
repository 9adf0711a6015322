// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.List;
import java.util.Objects;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

/**
 * Summary of one benchmark's measurement iterations over all forks.
 *
 * @param min the lowest iteration score
 * @param median the median iteration score
 * @param max the highest iteration score
 * @param iterations the number of measurement iterations (all forks)
 * @param unit the score unit, e.g. {@code ops/s} or {@code s/op}
 * @param timed whether the scores are times per operation (lower is better; JMH's single-shot,
 *     average-time and sample modes) rather than throughput (higher is better)
 */
public record Scores(
    double min, double median, double max, int iterations, String unit, boolean timed) {

  /**
   * Creates a summary.
   *
   * @param min the lowest score
   * @param median the median score
   * @param max the highest score
   * @param iterations the number of iterations, positive
   * @param unit the score unit
   * @param timed whether the scores are times
   */
  public Scores {
    Objects.requireNonNull(unit, "unit");
    if (iterations <= 0) {
      throw new IllegalArgumentException("no iterations");
    }
  }

  /**
   * Summarises the measurement iterations of one JMH run result (all its forks).
   *
   * @param result the run result of one benchmark
   * @return the summary
   */
  public static Scores of(RunResult result) {
    return of(List.of(result));
  }

  /**
   * Summarises the measurement iterations of several JMH run results of the same benchmark (e.g.
   * from several rounds), all forks included.
   *
   * @param results run results of one benchmark, at least one
   * @return the summary
   */
  public static Scores of(List<RunResult> results) {
    double[] scores =
        results.stream()
            .flatMap(result -> result.getBenchmarkResults().stream())
            .flatMap(fork -> fork.getIterationResults().stream())
            .map(IterationResult::getPrimaryResult)
            .mapToDouble(r -> r.getScore())
            .sorted()
            .toArray();
    String unit = results.get(0).getPrimaryResult().getScoreUnit();
    boolean timed = results.get(0).getParams().getMode() != org.openjdk.jmh.annotations.Mode.Throughput;
    return of(scores, unit, timed);
  }

  /**
   * Summarises scores.
   *
   * @param sortedScores the scores in ascending order, at least one
   * @param unit the unit
   * @param timed whether the scores are times
   * @return the summary
   */
  static Scores of(double[] sortedScores, String unit, boolean timed) {
    int n = sortedScores.length;
    if (n == 0) {
      throw new IllegalArgumentException("no scores");
    }
    double median =
        n % 2 == 1
            ? sortedScores[n / 2]
            : (sortedScores[n / 2 - 1] + sortedScores[n / 2]) / 2;
    return new Scores(sortedScores[0], median, sortedScores[n - 1], n, unit, timed);
  }

  /**
   * Formats the summary as {@code min / median / max unit}.
   *
   * @return the formatted summary
   */
  public String describe() {
    return String.join(" / ", List.of(number(min), number(median), number(max))) + " " + unit;
  }

  /**
   * Formats a score with thousands separators and three significant digits at most after the
   * point for small values.
   */
  static String number(double value) {
    if (Math.abs(value) >= 100) {
      return String.format(java.util.Locale.ROOT, "%,.0f", value);
    }
    return String.format(java.util.Locale.ROOT, "%.3g", value);
  }
}
