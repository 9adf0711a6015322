// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.util.Objects;
import java.util.Optional;

/**
 * O-5: one page of a newest-first listing: a caller-chosen size (e.g. 10, 25, 50) and the
 * opaque cursor of the previous page's end (keyset paging: stable while rows are added).
 *
 * @param size 1..500 rows
 * @param after the cursor returned with the previous page, empty for the first page
 */
public record PageRequest(int size, Optional<String> after) {
  /** The largest page size. */
  public static final int MAX_SIZE = 500;

  /** Size 1..500. */
  public PageRequest {
    Objects.requireNonNull(after, "after");
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("page size must be 1.." + MAX_SIZE + ", got " + size);
    }
  }

  /**
   * O-5, L-4: why the cursor cannot be used, if it cannot: a string {@link Cursor} did not
   * issue (tampered, foreign, out of range). Every listing use case refuses such a page request
   * instead of silently starting over.
   *
   * @return an {@link ReasonCode#INVALID_INPUT} reason, or empty for the first page and for a
   *     cursor the library issued
   */
  public Optional<Reason> cursorProblem() {
    return after.filter(cursor -> Cursor.decode(cursor).isEmpty()).map(cursor -> Reason.of(
        ReasonCode.INVALID_INPUT,
        "cursor was not issued by this listing; start again from the first page"));
  }

  /** The first page of the given size. */
  public static PageRequest first(int size) {
    return new PageRequest(size, Optional.empty());
  }

  /** The page after the given cursor. */
  public static PageRequest after(int size, String cursor) {
    return new PageRequest(size, Optional.of(cursor));
  }

  /** The decoded cursor; empty on the first page and for a tampered or foreign cursor. */
  public Optional<Cursor> cursor() {
    return after.flatMap(Cursor::decode);
  }

  /**
   * O-5, L-1: the total the first page counted, carried on by the cursor; empty when this page
   * must count (the first page, or a cursor without a total).
   */
  public Optional<Page.Total> carriedTotal() {
    return cursor().flatMap(Cursor::total);
  }
}
