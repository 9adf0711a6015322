// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

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
 * <p>L-4: {@link #decode} never throws. It answers empty for every string this class did not
 * produce from a storable row position: not base64url, not four parts, a total out of range,
 * numbers out of range,
 * an instant outside {@link Instants#MIN}..{@link Instants#MAX}, an id longer than
 * {@link #MAX_ID_LENGTH} or holding what {@link Text} refuses. The listing use cases refuse such
 * a cursor ({@link PageRequest#cursorProblem()}); they never start over silently.
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

  /** L-4: the longest row id a cursor carries. */
  public static final int MAX_ID_LENGTH = 64;
  /**
   * L-4: the longest encoded cursor: base64url of 20 + 1 + 9 + 1 + 6 + 1 + 64 × 3 UTF-8 bytes.
   */
  public static final int MAX_ENCODED_LENGTH = 320;

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

  /** Decodes a cursor; a tampered or foreign string is empty. Never throws. */
  public static Optional<Cursor> decode(String encoded) {
    if (encoded.isEmpty() || encoded.length() > MAX_ENCODED_LENGTH) {
      return Optional.empty();
    }
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    String[] parts = raw.split(":", 4);
    if (parts.length != 4) {
      return Optional.empty();
    }
    Optional<Long> seconds = number(parts[0], 12, true);
    Optional<Long> nanos = number(parts[1], 9, false);
    Optional<Optional<Page.Total>> total = total(parts[2]);
    String id = parts[3];
    if (seconds.isEmpty() || nanos.isEmpty() || total.isEmpty()
        || seconds.get() < Instants.MIN.getEpochSecond()
        || seconds.get() > Instants.MAX.getEpochSecond()
        || id.isEmpty() || id.length() > MAX_ID_LENGTH
        || !Text.storable(id, Text.Kind.SINGLE_LINE)) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(seconds.get(), nanos.get());
    return Instants.supported(at) ? Optional.of(new Cursor(at, id, total.get()))
        : Optional.empty();
  }

  /** The carried total ({@code 1234}, {@code 10000+}) or none; empty if it is not one. */
  private static Optional<Optional<Page.Total>> total(String text) {
    if (text.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    boolean capped = text.endsWith("+");
    Optional<Long> count = number(capped ? text.substring(0, text.length() - 1) : text, 5, false);
    if (count.isEmpty() || count.get() > Page.Total.CAP || capped && count.get() != Page.Total.CAP) {
      return Optional.empty();
    }
    return Optional.of(Optional.of(new Page.Total(count.get(), capped)));
  }

  /** A decimal number of at most {@code digits} digits (so it cannot overflow). */
  private static Optional<Long> number(String text, int digits, boolean signed) {
    int start = signed && text.startsWith("-") ? 1 : 0;
    if (text.length() == start || text.length() - start > digits) {
      return Optional.empty();
    }
    long value = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return Optional.empty();
      }
      value = value * 10 + (c - '0');
    }
    return Optional.of(start == 1 ? -value : value);
  }
}
