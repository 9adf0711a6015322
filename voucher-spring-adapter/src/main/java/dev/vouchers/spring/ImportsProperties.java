// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.spring;

import dev.vouchers.core.voucher.domain.code.ImportFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * M-1: the formats of codes imported from earlier systems ({@code vouchers.imports.*}), tried
 * in this order after the native format when an end customer types a code (ADR 0053).
 *
 * @param formats the declared formats, e.g. {@code vouchers.imports.formats[0].name=legacy}
 */
public record ImportsProperties(@Nullable List<Format> formats) {
  /** No formats when none are configured. */
  public ImportsProperties {
    formats = formats == null ? List.of() : List.copyOf(formats);
  }

  @Override
  public List<Format> formats() {
    return formats == null ? List.of() : formats;
  }

  void check(List<String> problems) {
    Set<String> names = new HashSet<>();
    List<Format> all = formats();
    for (int i = 0; i < all.size(); i++) {
      Format f = all.get(i);
      String at = "vouchers.imports.formats[" + i + "]";
      ImportFormat.of(f.name(), f.alphabet(), f.length(), f.caseSensitive()).toEither().swap()
          .forEach(violations -> violations.forEach(v -> problems.add(at + ": " + v)));
      if (!names.add(f.name().toLowerCase(Locale.ROOT))) {
        problems.add(at + ".name " + f.name() + " is declared twice");
      }
    }
  }

  /**
   * M-1: one declared import format.
   *
   * @param name how staff name the format when importing (letters, digits, '-', '_')
   * @param alphabet the symbols of its codes (ASCII letters and digits)
   * @param length the number of symbols of each code
   * @param caseSensitive whether case matters (otherwise input is folded to upper case)
   */
  public record Format(
      @DefaultValue("") String name,
      @DefaultValue("") String alphabet,
      @DefaultValue("0") int length,
      @DefaultValue("false") boolean caseSensitive) {

    /** The core's format; call only after {@link ImportsProperties#check} found nothing. */
    ImportFormat format() {
      return new ImportFormat(name, alphabet, length, caseSensitive);
    }
  }
}
