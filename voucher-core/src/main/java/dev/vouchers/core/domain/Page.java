// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * O-5: one page of a listing.
 *
 * @param items the rows, newest first
 * @param next the cursor for the following page, empty on the last page
 * @param total how many rows match the filter in all
 * @param <T> the row type
 */
public record Page<T>(List<T> items, Optional<String> next, long total) {
  /** Copies the items. */
  public Page {
    items = List.copyOf(items);
    Objects.requireNonNull(next, "next");
  }

  /** The same page with mapped rows. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
    return new Page<>(items.stream().<R>map(mapper).toList(), next, total);
  }
}
