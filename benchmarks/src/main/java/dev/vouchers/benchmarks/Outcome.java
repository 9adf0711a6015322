// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.List;
import java.util.Objects;

/**
 * The measured result of one {@link Comparison}.
 *
 * @param comparison what was compared
 * @param library the library benchmark's scores
 * @param baseline the baseline benchmark's scores
 * @param heap the peak-heap measurements (library first, then baseline), empty if none were made
 */
public record Outcome(
    Comparison comparison, Scores library, Scores baseline, List<PeakHeap.Forked> heap) {

  /**
   * Creates an outcome.
   *
   * @param comparison what was compared
   * @param library the library's scores
   * @param baseline the baseline's scores
   * @param heap the heap measurements; copied
   */
  public Outcome {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(baseline, "baseline");
    heap = List.copyOf(heap);
  }

  /**
   * The throughput ratio library / baseline of the median scores: for throughput scores library
   * median / baseline median, for times per operation baseline median / library median.
   *
   * @return the ratio
   */
  public double ratio() {
    return library.timed()
        ? baseline.median() / library.median()
        : library.median() / baseline.median();
  }

  /**
   * The most pessimistic ratio: the library's worst iteration against the baseline's best.
   *
   * @return {@code library.min / baseline.max}, or for times {@code baseline.min / library.max}
   */
  public double worstRatio() {
    return library.timed() ? baseline.min() / library.max() : library.min() / baseline.max();
  }

  /**
   * Whether the comparison passes: the median ratio reaches the target (if it has one) and every
   * heap-limited operation completed.
   *
   * @return {@code true} if it passes
   */
  public boolean passed() {
    return ratio() >= comparison.targetRatio() && heap.stream().allMatch(PeakHeap.Forked::completed);
  }
}
