// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * L-4: QuickTheories generators of hostile values for every kind of field a use case takes:
 * boundaries and overflow of numbers, decimals of extreme scale, control characters, line
 * breaks, unpaired surrogates, noncharacters, huge strings, extreme instants and durations,
 * malformed links and tampered page cursors. Each generator mixes fixed classics with random
 * values, so that a run of a few hundred calls meets all classics.
 */
public final class HostileInputs {
  /** The length of the huge strings: 100,000 characters. */
  public static final int HUGE = 100_000;

  private static final String HUGE_TEXT = "x".repeat(HUGE);
  private static final char[] ALPHABET = {'a', 'Z', '0', ' ', '-', '@', '.', ':', '/', '%',
      '\'', '"', ';', '=', '+', '\\', '\u0000', '\u0001', '\u0007', '\u001b', '\u007f',
      '\u0085', '\t', '\n', '\r', '\u2028', '\u2029', '\uD800', '\uDBFF', '\uDC00', '\uDFFF',
      '\uFFFE', '\uFFFF', '\uFDD0', '\u00e9', '\u00fc', '\u200b', '\u202e'};

  private static final List<String> STRINGS = List.of(
      "", " ", "\t", "\u0000", "a\u0000b", "cust\u0000", "\u001b[31mred\u001b[0m", "bell\u0007",
      "cust\r\nx", "line\nbreak", "\r", "\u0085", "\u2028", "\u2029", "\uD800", "x\uDC00y",
      "\uDBFF\uDBFF", "\uFFFF", "\uFDD0", "\u007f", "\u202eevil", "\u00e9t\u00e9", "\uD83D\uDE00",
      "'; DROP TABLE vouchers_orders; --", "=HYPERLINK(\"https://evil.example\")", "%00", "%%%",
      "../../etc/passwd", "<script>alert(1)</script>", "null", "NaN", "-1", "0",
      "9223372036854775807", "a".repeat(64), "a".repeat(65), "a".repeat(200), "a".repeat(201),
      "a".repeat(2_000), "a".repeat(2_001), HUGE_TEXT, HUGE_TEXT + "\u0000",
      "\u0000".repeat(1_000), " ".repeat(HUGE));

  private static final List<String> EMAILS = List.of(
      "a\u0001b@x.example", "a\u007fb@x.example", "ab@x.example\n", "ab@x.example\u0085",
      "ab@x.example\u2028", "j\u00fcrg@m\u00fcller.ch", "@x.example", "a@", "a@@x.example",
      "a b@x.example", "\"a\"@x.example", "a@x.example,b@y.example", "a@x.example\r\nBcc: c@y",
      "a".repeat(65) + "@x.example", "a@" + "b".repeat(HUGE) + ".example", "\uD800@x.example",
      "a\u0000@x.example");

  private static final List<Integer> INTS = List.of(Integer.MIN_VALUE, Integer.MIN_VALUE + 1,
      -1_000_000, -1, 0, 1, 2, 99, 100, 101, 499, 500, 501, 999, 1_000, 1_001, 10_000, 10_001,
      1_000_000, Integer.MAX_VALUE - 1, Integer.MAX_VALUE);

  private static final List<Long> LONGS = List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1,
      (long) Integer.MIN_VALUE - 1, -1L, 0L, 1L, 99L, 100L, (long) Integer.MAX_VALUE + 1,
      Long.MAX_VALUE / 1_000, Long.MAX_VALUE / 100, Long.MAX_VALUE / 2, Long.MAX_VALUE - 1,
      Long.MAX_VALUE);

  private static final List<BigDecimal> DECIMALS = List.of(
      new BigDecimal("1E-999999"), new BigDecimal("1E+999999"), new BigDecimal("-1E+999999"),
      new BigDecimal("-0.0001"), BigDecimal.ZERO, new BigDecimal("0.0000"), BigDecimal.ONE,
      new BigDecimal("0.00001"), new BigDecimal("12.3456"), new BigDecimal("12.34567"),
      new BigDecimal("99.9999"), new BigDecimal("100"), new BigDecimal("100.0000"),
      new BigDecimal("100.0001"), new BigDecimal("1E+2"), new BigDecimal("1E+3"),
      new BigDecimal(BigInteger.TEN.pow(5_000)), new BigDecimal(BigInteger.TEN.pow(5_000), 5_000),
      new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE),
      new BigDecimal(BigInteger.ONE, Integer.MIN_VALUE + 1),
      new BigDecimal(Long.MAX_VALUE), new BigDecimal(Long.MIN_VALUE));

  private static final List<Duration> DURATIONS = List.of(
      Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1), Duration.ofSeconds(-1),
      Duration.ofMinutes(1), Duration.ofHours(72), Duration.ofDays(7), Duration.ofDays(366),
      Duration.ofDays(366).plusNanos(1), Duration.ofDays(36_600), Duration.ofHours(9_999_999_999_999L),
      Duration.ofSeconds(Long.MAX_VALUE), Duration.ofSeconds(Long.MIN_VALUE),
      Duration.ofSeconds(Long.MAX_VALUE, 999_999_999));

  private static final List<Instant> INSTANTS = List.of(
      Instant.MIN, Instant.MIN.plusSeconds(1), Instant.MAX, Instant.MAX.minusSeconds(1),
      Instant.EPOCH, Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"),
      Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
      Instant.parse("+294277-01-01T00:00:00Z"), Instant.parse("-4714-11-24T00:00:00Z"),
      Instant.ofEpochSecond(Integer.MAX_VALUE), Instant.ofEpochSecond(Integer.MIN_VALUE));

  private HostileInputs() {}

  /**
   * Hostile text: empty and blank, control characters (NUL, BEL, ESC, DEL, NEL), line breaks
   * of every kind, unpaired surrogates, noncharacters, bidi overrides, SQL and formula
   * injection, strings at and just over the usual limits (64, 200, 2,000) and of
   * {@value #HUGE} characters, and random strings over that alphabet.
   */
  public static Gen<String> strings() {
    return in -> {
      if (in.next(Constraint.between(0, 3)) > 0) {
        return pick(in, STRINGS);
      }
      int length = (int) in.next(Constraint.between(1, 80));
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET[(int) in.next(Constraint.between(0, ALPHABET.length - 1))]);
      }
      return text.toString();
    };
  }

  /** Hostile text as {@link #strings()}, limited to 1..64 non-blank characters (what ids accept). */
  public static Gen<String> idStrings() {
    Gen<String> strings = strings();
    return in -> {
      String value = strings.generate(in);
      if (value.length() > 64) {
        value = value.substring(0, 64);
      }
      return value.isBlank() ? "id\u0000" : value;
    };
  }

  /** Malformed e-mail addresses, with every hostile string of {@link #strings()}. */
  public static Gen<String> emails() {
    Gen<String> strings = strings();
    return in -> in.next(Constraint.between(0, 1)) == 0 ? pick(in, EMAILS) : strings.generate(in);
  }

  /** Integers at every boundary: MIN, MAX, 0, ±1, the usual limits and one over. */
  public static Gen<Integer> ints() {
    return in -> in.next(Constraint.between(0, 3)) > 0 ? pick(in, INTS)
        : (int) in.next(Constraint.between(Integer.MIN_VALUE, Integer.MAX_VALUE));
  }

  /** Longs at every boundary, and amounts whose sum or product overflows. */
  public static Gen<Long> longs() {
    return in -> in.next(Constraint.between(0, 3)) > 0 ? pick(in, LONGS)
        : in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE));
  }

  /**
   * Decimals of extreme scale and precision ({@code 1E-999999}, {@code 1E+999999}, 5,000
   * digits), negative, and just outside 0..100 and four decimals.
   */
  public static Gen<BigDecimal> decimals() {
    return in -> pick(in, DECIMALS);
  }

  /** Durations: zero, negative, one nanosecond, just over a year, and the largest there are. */
  public static Gen<Duration> durations() {
    return in -> pick(in, DURATIONS);
  }

  /**
   * Instants at the ends of {@link Instant} and of what databases store (years 1, 9999, 10000,
   * 294277, 4714 BC).
   */
  public static Gen<Instant> instants() {
    return in -> pick(in, INSTANTS);
  }

  /**
   * Links: other schemes, no host, a path of {@value #HUGE} characters, and paths holding
   * unpaired surrogates, noncharacters and line separators (which {@link URI} keeps).
   */
  public static Gen<URI> uris() {
    return in -> switch ((int) in.next(Constraint.between(0, 9))) {
      case 0 -> URI.create("javascript:alert(1)");
      case 1 -> URI.create("ftp://files.example/x");
      case 2 -> URI.create("relative/path");
      case 3 -> URI.create("https://publisher.example/" + HUGE_TEXT);
      case 4 -> uri("/a\uD800b");
      case 5 -> uri("/a\uFFFFb");
      case 6 -> uri("/a\u2028b");
      case 7 -> URI.create("http:/no-host");
      case 8 -> uri("/" + "\u00e9".repeat(3_000));
      default -> URI.create("mailto:a@x.example");
    };
  }

  /**
   * Page cursors the library did not issue: not base64, empty, huge, and well-formed base64
   * of out-of-range instants ({@code 9223372036854775807:1000000000:x}) and of garbage.
   */
  public static Gen<String> cursors() {
    Gen<String> strings = strings();
    return in -> switch ((int) in.next(Constraint.between(0, 8))) {
      case 0 -> base64("9223372036854775807:1000000000:x");
      case 1 -> base64("-9223372036854775808:0:x");
      case 2 -> base64("31556889864403199:999999999:x");
      case 3 -> base64("-31557014167219200:0:\u0000");
      case 4 -> base64("1:2");
      case 5 -> base64("abc:def:ghi");
      case 6 -> base64("1700000000:0:" + "y".repeat(10_000));
      case 7 -> "%%%";
      default -> strings.generate(in);
    };
  }

  /** The URL-safe base64 (no padding) of the text, as the library's cursors are encoded. */
  public static String base64(String raw) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  private static URI uri(String path) {
    try {
      return new URI("https", "publisher.example", path, null);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the guard's link is malformed: " + path, e);
    }
  }

  static <T> T pick(org.quicktheories.core.RandomnessSource in, List<T> values) {
    return values.get((int) in.next(Constraint.between(0, values.size() - 1)));
  }

  /** Every fixed hostile string (for reports and tests of the generators). */
  public static List<String> classicStrings() {
    return new ArrayList<>(STRINGS);
  }
}
