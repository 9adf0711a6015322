// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The keyset position of a row in a newest-first listing: its time and id (ties broken by id
 * ascending). Encoded as an opaque URL-safe string for {@link PageRequest#after()}; every
 * storage adapter uses this one encoding.
 *
 * <p>L-4: {@link #decode} never throws. It answers empty for every string this class did not
 * produce from a storable row position: not base64url, not three parts, numbers out of range,
 * an instant outside {@link Instants#MIN}..{@link Instants#MAX}, an id longer than
 * {@link #MAX_ID_LENGTH} or holding what {@link Text} refuses. The listing use cases refuse such
 * a cursor ({@link PageRequest#cursorProblem()}); they never start over silently.
 *
 * @param at the row's time (order placed, voucher issued)
 * @param id the row's id
 */
public record Cursor(Instant at, String id) {

  /** L-4: the longest row id a cursor carries. */
  public static final int MAX_ID_LENGTH = 64;
  /** L-4: the longest encoded cursor: base64url of 20 + 1 + 9 + 1 + 64 × 3 UTF-8 bytes. */
  public static final int MAX_ENCODED_LENGTH = 300;

  /** Both parts are required. */
  public Cursor {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(id, "id");
  }

  /** The opaque string form. */
  public String encode() {
    String raw = at.getEpochSecond() + ":" + at.getNano() + ":" + id;
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
    String[] parts = raw.split(":", 3);
    if (parts.length != 3) {
      return Optional.empty();
    }
    Optional<Long> seconds = number(parts[0], 12, true);
    Optional<Long> nanos = number(parts[1], 9, false);
    String id = parts[2];
    if (seconds.isEmpty() || nanos.isEmpty()
        || seconds.get() < Instants.MIN.getEpochSecond()
        || seconds.get() > Instants.MAX.getEpochSecond()
        || id.isEmpty() || id.length() > MAX_ID_LENGTH
        || !Text.storable(id, Text.Kind.SINGLE_LINE)) {
      return Optional.empty();
    }
    Instant at = Instant.ofEpochSecond(seconds.get(), nanos.get());
    return Instants.supported(at) ? Optional.of(new Cursor(at, id)) : Optional.empty();
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
