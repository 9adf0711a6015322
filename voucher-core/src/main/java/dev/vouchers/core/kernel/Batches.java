// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

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
