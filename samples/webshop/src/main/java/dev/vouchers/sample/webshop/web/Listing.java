// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.kernel.PageRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the console's list pages (orders, vouchers, invitations, subscriptions) read from their
 * query string: the page size, the cursor of the next page and a status filter (O-5). A page
 * never refuses a parameter: a size it does not offer shows the smallest, an unknown status
 * shows every status.
 */
final class Listing {
  /** The page sizes a list offers. */
  static final List<Integer> PAGE_SIZES = List.of(10, 25, 50);

  private Listing() {}

  /** The chosen page size, or the smallest one for a size the pages do not offer. */
  static int pageSize(int chosen) {
    return PAGE_SIZES.contains(chosen) ? chosen : PAGE_SIZES.get(0);
  }

  /** {@code rows} rows from the start, or after {@code after}, the cursor of the page before. */
  static PageRequest page(int rows, @Nullable String after) {
    return after == null || after.isBlank() ? PageRequest.first(rows)
        : PageRequest.after(rows, after);
  }

  /**
   * The status a filter names, exactly as the page's form sends it ({@code VALID}); all of them
   * (an empty set) for none or an unknown one.
   */
  static <E extends Enum<E>> Set<E> status(@Nullable String value, Class<E> type) {
    if (value == null || value.isBlank()) {
      return Set.of();
    }
    try {
      return EnumSet.of(Enum.valueOf(type, value));
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
  }
}
