// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.model;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference model of imports of codes from an earlier system (M-1), written from the rule:
 * a batch is atomic; a batch with an invalid row, with a code twice (in any spelling its format
 * takes for the same code) or with a code that is stored already is refused whole and changes
 * nothing; an imported code has the status and expiry its row declares, is seen EXPIRED once
 * a VALID or ASSIGNED code's expiry has come (V-4), is found by its own format whatever its
 * spelling, answers like an unknown code when it is cancelled or expired (C-5), and redeems
 * once (V-1). Codes are addressed by their position in {@link #CODES}.
 *
 * @param start when the programme started; rows declare their expiry from it
 * @param now the clock
 * @param codes the stored codes by position in {@link #CODES}, as the partner sees them now
 * @param orders how many imported orders exist (one per accepted batch)
 * @param lastAccepted whether the last command was accepted (false: refused)
 * @param lastReport what the last refused batch reported: one line per reason, its code and
 *     the lines it names ({@code "IMPORT_CODES_CLASH 3, 5"}); empty otherwise
 */
public record ImportModel(Instant start, Instant now, Map<Integer, Entry> codes, int orders,
    boolean lastAccepted, List<String> lastReport) {

  /** A declared import format, restated: its name and whether case matters. */
  public enum Format {
    /** Eight upper-case letters and digits; input is folded to upper case. */
    LEGACY("legacy", false),
    /** Ten letters, case-sensitive: {@code abc} and {@code ABC} are different codes. */
    SHOPX("shopx", true);

    private final String declaredName;
    private final boolean caseSensitive;

    Format(String declaredName, boolean caseSensitive) {
      this.declaredName = declaredName;
      this.caseSensitive = caseSensitive;
    }

    /** The name the format is declared with. */
    public String declaredName() {
      return declaredName;
    }

    /** Whether {@code abc} and {@code ABC} are different codes. */
    public boolean caseSensitive() {
      return caseSensitive;
    }
  }

  /**
   * A code of the earlier system.
   *
   * @param format the format it is printed in
   * @param printed how the earlier system printed it
   */
  public record Code(Format format, String printed) {}

  /**
   * The codes scenarios import: four of {@link Format#LEGACY} (the first two with I, O, L and
   * U, which the native format would read otherwise), three of {@link Format#SHOPX} (the first
   * two differ only in case).
   */
  public static final List<Code> CODES = List.of(
      new Code(Format.LEGACY, "AB12IO34"), new Code(Format.LEGACY, "ZZ99LU00"),
      new Code(Format.LEGACY, "LEGACY01"), new Code(Format.LEGACY, "LEGACY02"),
      new Code(Format.SHOPX, "abcdeABCDE"), new Code(Format.SHOPX, "ABCDEabcde"),
      new Code(Format.SHOPX, "jihgfJIHGF"));

  /**
   * One stored code.
   *
   * @param status its status as seen now
   * @param expiresAt its expiry as declared
   */
  public record Entry(VoucherStatus status, Instant expiresAt) {}

  /**
   * One row of a batch, its parts as a generator chose them.
   *
   * @param code the code's position in {@link #CODES}
   * @param spelling how the row spells it
   * @param status the declared status
   * @param expiresAfter the declared expiry, from {@link ImportModel#start()}
   * @param malformed whether the row's code is replaced by one no format accepts
   */
  public record Row(int code, Spelling spelling, VoucherStatus status, Duration expiresAfter,
      boolean malformed) {}

  /** How a code is typed or written in a row; every spelling names the same code (C-4). */
  public enum Spelling {
    /** As the earlier system printed it. */
    PRINTED,
    /** With a hyphen after every four symbols. */
    GROUPED,
    /** In lower case, where the format ignores case (as printed otherwise), and with spaces. */
    LOWER_SPACED
  }

  /** Copies the parts. */
  public ImportModel {
    codes = Map.copyOf(codes);
    lastReport = List.copyOf(lastReport);
  }

  /** Nothing stored at {@code start}. */
  public static ImportModel initial(Instant start) {
    return new ImportModel(start, start, Map.of(), 0, true, List.of());
  }

  /** The same model without the outcome of the last command (for concurrent runs). */
  public ImportModel withoutOutcome() {
    return new ImportModel(start, now, codes, orders, true, List.of());
  }

  /** The line a batch's row at {@code index} is reported with (a CSV file's header is line 1). */
  public static long line(int index) {
    return index + 2L;
  }

  /**
   * M-1: a batch in {@code format}. Rows that are malformed or of another format are invalid
   * and refuse the batch; otherwise lines repeating an earlier line's code and lines whose code
   * is stored refuse it (both reported); otherwise every code is stored as declared, as one
   * more imported order.
   */
  public ImportModel importBatch(Format format, List<Row> rows) {
    if (rows.isEmpty()) {
      return refused(List.of("INVALID_INPUT"));
    }
    List<Long> invalid = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (row.malformed() || CODES.get(row.code()).format() != format) {
        invalid.add(line(i));
      }
    }
    if (!invalid.isEmpty()) {
      return refused(List.of(report("IMPORT_ROWS_INVALID", invalid)));
    }
    Set<Integer> seen = new HashSet<>();
    List<Long> duplicates = new ArrayList<>();
    List<Long> clashes = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      int code = rows.get(i).code();
      if (!seen.add(code)) {
        duplicates.add(line(i));
      }
      if (codes.containsKey(code)) {
        clashes.add(line(i));
      }
    }
    if (!duplicates.isEmpty() || !clashes.isEmpty()) {
      List<String> report = new ArrayList<>();
      if (!duplicates.isEmpty()) {
        report.add(report("IMPORT_DUPLICATE_CODES", duplicates));
      }
      if (!clashes.isEmpty()) {
        report.add(report("IMPORT_CODES_CLASH", clashes));
      }
      return refused(report);
    }
    Map<Integer, Entry> next = new TreeMap<>(codes);
    for (Row row : rows) {
      next.put(row.code(), seen(new Entry(row.status(), start.plus(row.expiresAfter())), now));
    }
    return new ImportModel(start, now, next, orders + 1, true, List.of());
  }

  /** V-1, C-4: the code typed in any spelling redeems if it is VALID or ASSIGNED now. */
  public ImportModel redeem(int code) {
    Entry entry = codes.get(code);
    if (entry == null || (entry.status() != VoucherStatus.VALID
        && entry.status() != VoucherStatus.ASSIGNED)) {
      return refused(List.of());
    }
    Map<Integer, Entry> next = new TreeMap<>(codes);
    next.put(code, new Entry(VoucherStatus.REDEEMED, entry.expiresAt()));
    return new ImportModel(start, now, next, orders, true, List.of());
  }

  /** Time passes: VALID and ASSIGNED codes whose expiry has come are seen EXPIRED (V-4). */
  public ImportModel advance(Duration by) {
    Instant later = now.plus(by);
    Map<Integer, Entry> next = new TreeMap<>();
    codes.forEach((code, entry) -> next.put(code, seen(entry, later)));
    return new ImportModel(start, later, next, orders, true, List.of());
  }

  /**
   * C-5: what an end customer typing the code learns: its status, or nothing when it is
   * unknown, cancelled or expired.
   *
   * @param entry the stored code, if any
   * @return the status the answer shows, if the code is answered at all
   */
  public static Optional<VoucherStatus> answer(Optional<Entry> entry) {
    return entry.map(Entry::status).filter(s -> s != VoucherStatus.CANCELLED
        && s != VoucherStatus.EXPIRED);
  }

  private static Entry seen(Entry entry, Instant at) {
    boolean expires = entry.status() == VoucherStatus.VALID
        || entry.status() == VoucherStatus.ASSIGNED;
    return expires && !at.isBefore(entry.expiresAt())
        ? new Entry(VoucherStatus.EXPIRED, entry.expiresAt()) : entry;
  }

  private static String report(String code, List<Long> lines) {
    return code + " " + String.join(", ", lines.stream().map(String::valueOf).toList());
  }

  private ImportModel refused(List<String> report) {
    return new ImportModel(start, now, codes, orders, false, report);
  }
}
