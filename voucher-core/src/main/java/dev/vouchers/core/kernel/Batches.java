// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * L-2: how every sweep works through what is due, one bounded batch at a time, each batch
 * finished (written and told) before the next is read, until the sweep's limit is reached or a
 * batch comes back short (nothing more is due). Used by the sweeps of every context.
 */
public final class Batches {
  /** The most rows one batch reads and moves. */
  public static final int SIZE = 1_000;

  private Batches() {}

  /**
   * A-1, L-4: why a sweep may not run, if it may not: only a service or the vendor's staff run
   * sweeps, and a sweep's limit is positive. The same answer for every sweep.
   *
   * @param principal who asks for the sweep
   * @param limit the most rows the sweep is to move
   * @return the refusal, or empty when the sweep may run
   */
  public static Optional<Refusal> refusal(Actor principal, int limit) {
    if (!Access.canRunSweeps(principal)) {
      return Optional.of(Refusal.of(ReasonCode.NOT_PERMITTED,
          "sweeps are run by a service or vendor staff"));
    }
    if (limit < 1) {
      return Optional.of(Refusal.of(ReasonCode.INVALID_INPUT, "the sweep limit must be positive"));
    }
    return Optional.empty();
  }

  /**
   * Runs a sweep batch by batch.
   *
   * @param limit the most rows the sweep moves in all (positive)
   * @param batch moves at most the given number of due rows and answers how many it moved
   * @return how many rows the sweep moved
   */
  public static int upTo(int limit, IntUnaryOperator batch) {
    int moved = 0;
    while (moved < limit) {
      int size = Math.min(SIZE, limit - moved);
      int done = batch.applyAsInt(size);
      moved += done;
      if (done < size) {
        break;
      }
    }
    return moved;
  }
}
