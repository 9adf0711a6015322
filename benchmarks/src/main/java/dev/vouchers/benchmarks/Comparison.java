// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.Objects;
import java.util.Optional;

/**
 * One performance requirement: the library's throughput must be at least {@code targetRatio} times
 * the throughput of a baseline doing the same essential work by hand.
 *
 * <p>Both benchmarks must use throughput mode and the same unit of work per operation (use JMH's
 * {@code @OperationsPerInvocation} for batches), so that the ratio of their scores is meaningful.
 *
 * @param name a short identifier, used on the command line of {@link Ratios}
 * @param description what is compared, for the report
 * @param library the library's benchmark
 * @param baseline the baseline's benchmark
 * @param targetRatio the minimum library/baseline throughput ratio that passes; 0 for a ratio
 *     reported for information only
 * @param heap an optional peak-heap measurement of one-shot operations
 */
public record Comparison(
    String name,
    String description,
    BenchmarkRef library,
    BenchmarkRef baseline,
    double targetRatio,
    Optional<HeapCheck> heap) {

  /**
   * Creates a comparison.
   *
   * @param name a short identifier without blanks
   * @param description what is compared
   * @param library the library's benchmark
   * @param baseline the baseline's benchmark
   * @param targetRatio the minimum passing ratio, positive, or 0 for none
   * @param heap an optional peak-heap measurement
   * @throws IllegalArgumentException if the name is blank or contains blanks, or the target is
   *     negative
   */
  public Comparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(heap, "heap");
    if (name.isBlank() || name.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("name must be non-blank without whitespace: " + name);
    }
    if (!(targetRatio >= 0)) {
      throw new IllegalArgumentException("targetRatio must be positive, or 0 for none");
    }
  }

  /**
   * Creates a comparison without a heap measurement.
   *
   * @param name a short identifier without blanks
   * @param description what is compared
   * @param library the library's benchmark
   * @param baseline the baseline's benchmark
   * @param targetRatio the minimum passing ratio
   * @return the comparison
   */
  public static Comparison of(
      String name,
      String description,
      BenchmarkRef library,
      BenchmarkRef baseline,
      double targetRatio) {
    return new Comparison(name, description, library, baseline, targetRatio, Optional.empty());
  }

  /**
   * Returns whether the ratio has a target (otherwise it is for information).
   *
   * @return {@code true} if the target ratio is positive
   */
  public boolean hasTarget() {
    return targetRatio > 0;
  }

  /**
   * Returns this comparison with a peak-heap measurement.
   *
   * @param check the measurement
   * @return a copy with {@code check}
   */
  public Comparison withHeap(HeapCheck check) {
    return new Comparison(name, description, library, baseline, targetRatio, Optional.of(check));
  }
}
