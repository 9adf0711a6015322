// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * O-5: one page of a listing.
 *
 * <p>L-1: a page costs the same however many rows match. Its {@link Total} is counted once, when
 * the first page is read, and only up to {@link Total#CAP}; the cursor of every following page
 * carries that figure on, so a walk through the listing shows one stable total and no later
 * page counts anything. A walk that began before rows were added keeps the total it began with
 * (as it keeps its keyset position); reading the first page again counts afresh.
 *
 * @param items the rows, newest first
 * @param next the cursor for the following page, empty on the last page
 * @param total how many rows matched the filter when the first page was read, up to a cap
 * @param <T> the row type
 */
public record Page<T>(List<T> items, Optional<String> next, Total total) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(total, "total");
  }

  /** The same page with mapped rows. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next, total);
  }

  /**
   * Builds a page from the rows read after the request's cursor, newest first: up to one more
   * than the page size, the extra row only saying that more follow. The cursor of the next
   * page carries {@code total} on.
   *
   * @param rows the rows read, at most {@code page.size() + 1}
   * @param at a row's time (the listing's order)
   * @param id a row's id (ties broken by id ascending)
   */
  public static <T> Page<T> of(List<T> rows, PageRequest page, Function<? super T, Instant> at,
      Function<? super T, String> id, Total total) {
    boolean more = rows.size() > page.size();
    List<T> items = more ? rows.subList(0, page.size()) : rows;
    Optional<String> next = more
        ? Optional.of(new Cursor(at.apply(items.get(items.size() - 1)),
            id.apply(items.get(items.size() - 1)), Optional.of(total)).encode())
        : Optional.empty();
    return new Page<>(items, next, total);
  }

  /**
   * How many rows match a listing's filter: exact up to {@link #CAP}, beyond it "at least
   * {@code CAP}" ({@link #capped}), which a view shows as "10000+". A store counts at most
   * {@code CAP + 1} rows of an index range to find out (L-1).
   *
   * @param count the rows counted, 0..{@link #CAP}
   * @param capped whether more than {@code CAP} rows match
   */
  public record Total(long count, boolean capped) {
    /** The most rows a listing counts. */
    public static final int CAP = 10_000;

    /** 0..CAP, and exactly CAP when capped. */
    public Total {
      if (count < 0 || count > CAP || capped && count != CAP) {
        throw new IllegalArgumentException("a total is 0.." + CAP + ", CAP when capped: "
            + count + (capped ? "+" : ""));
      }
    }

    /** The total of {@code rows} matching rows counted up to {@code CAP + 1} (or beyond). */
    public static Total counted(long rows) {
      return rows > CAP ? new Total(CAP, true) : new Total(rows, false);
    }

    /** "42", or "10000+" when capped. */
    @Override
    public String toString() {
      return count + (capped ? "+" : "");
    }
  }
}
