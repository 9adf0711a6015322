package dev.vouchers.core.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The keyset position of a row in a newest-first listing: its time and id (ties broken by id
 * ascending), and the listing's {@link Page.Total} as the first page counted it, carried on so
 * that no later page counts again (L-1). Encoded as an opaque URL-safe string for
 * {@link PageRequest#after()}; every storage adapter uses this one encoding.
 *
 * @param at the row's time (order placed, voucher issued)
 * @param id the row's id
 * @param total the listing's total counted with its first page; empty if none was carried
 */
public record Cursor(Instant at, String id, Optional<Page.Total> total) {

  /** Every part required. */
  public Cursor {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(total, "total");
  }

  /** A position without a total (the next page then counts). */
  public Cursor(Instant at, String id) {
    this(at, id, Optional.empty());
  }

  /** The opaque string form. */
  public String encode() {
    String raw = at.getEpochSecond() + ":" + at.getNano() + ":"
        + total.map(Page.Total::toString).orElse("") + ":" + id;
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /** Whether a row at (at, id) comes after this cursor in newest-first order. */
  public boolean precedes(Instant rowAt, String rowId) {
    int byTime = rowAt.compareTo(at);
    return byTime < 0 || byTime == 0 && rowId.compareTo(id) > 0;
  }

  /** Decodes a cursor; a tampered or foreign string is empty. */
  public static Optional<Cursor> decode(String encoded) {
    try {
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split(":", 4);
      if (parts.length != 4) {
        return Optional.empty();
      }
      Optional<Page.Total> total = Optional.empty();
      if (!parts[2].isEmpty()) {
        boolean capped = parts[2].endsWith("+");
        long count = Long.parseLong(capped
            ? parts[2].substring(0, parts[2].length() - 1) : parts[2]);
        total = Optional.of(new Page.Total(count, capped));
      }
      return Optional.of(new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])), parts[3],
          total));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }
}
