// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.benchmarks;

import java.util.Objects;
import java.util.Optional;

/**
 * A peak-heap measurement attached to a {@link Comparison}: one-shot operations run once each in a
 * forked JVM limited to {@code maxHeapMegabytes} (see {@link PeakHeap#inForkedJvm}). The check
 * passes when every operation completes within that limit.
 *
 * @param library the library's operation; a public class with a public no-argument constructor
 * @param baseline the baseline's operation, if it is to be measured too
 * @param maxHeapMegabytes the {@code -Xmx} of the forked JVM, in MiB
 */
public record HeapCheck(
    Class<? extends Runnable> library,
    Optional<Class<? extends Runnable>> baseline,
    int maxHeapMegabytes) {

  /**
   * Creates a check.
   *
   * @param library the library's operation
   * @param baseline the baseline's operation, if any
   * @param maxHeapMegabytes the heap limit in MiB, positive
   * @throws IllegalArgumentException if the limit is not positive
   */
  public HeapCheck {
    Objects.requireNonNull(library, "library");
    Objects.requireNonNull(baseline, "baseline");
    if (maxHeapMegabytes <= 0) {
      throw new IllegalArgumentException("maxHeapMegabytes must be positive");
    }
  }
}
