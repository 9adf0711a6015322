// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.kernel.Cursor;
import dev.vouchers.core.kernel.PageRequest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The query parameters every listing of the API reads alike (orders, vouchers, subscriptions,
 * invitations, sub-accounts, reseller applications): {@code status} repeated or comma-separated
 * in any case, {@code size} 1..500 (default 25) and {@code after}; anything else answers 400.
 */
final class Queries {
  static final int DEFAULT_PAGE_SIZE = 25;

  private Queries() {}

  /** {@code status=PENDING,EXPIRED} or {@code status=pending&status=expired}. */
  static <E extends Enum<E>> Set<E> statuses(@Nullable List<String> raw, Class<E> type) {
    Set<E> statuses = EnumSet.noneOf(type);
    if (raw == null) {
      return statuses;
    }
    for (String value : raw) {
      for (String name : value.split(",")) {
        if (name.isBlank()) {
          continue;
        }
        try {
          statuses.add(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw Problems.malformed("status must be one of " + EnumSet.allOf(type));
        }
      }
    }
    return statuses;
  }

  /** A page of {@code size} rows after the cursor {@code after}. */
  static PageRequest page(@Nullable Integer size, @Nullable String after) {
    int rows = size == null ? DEFAULT_PAGE_SIZE : size;
    if (rows < 1 || rows > PageRequest.MAX_SIZE) {
      throw Problems.malformed("size must be 1.." + PageRequest.MAX_SIZE + " (e.g. 10, 25, 50)");
    }
    Optional<String> cursor = Optional.ofNullable(after).filter(a -> !a.isBlank());
    if (cursor.isPresent() && Cursor.decode(cursor.get()).isEmpty()) {
      throw Problems.malformed("after must be the 'next' cursor of a previous page");
    }
    return new PageRequest(rows, cursor);
  }

  /** An enum member of a request body, any case; 400 naming the member otherwise. */
  static <E extends Enum<E>> E member(String raw, String name, Class<E> type) {
    try {
      return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Problems.malformed(name + " must be one of " + EnumSet.allOf(type));
    }
  }
}
