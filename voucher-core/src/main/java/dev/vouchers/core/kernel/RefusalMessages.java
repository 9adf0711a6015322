// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readable messages of refusals, from the resource bundle {@code refusals} beside this
 * class: per reason code a general message, and more specific ones that name details. The
 * bundle is looked up without falling back to the JVM's default locale, so a reader whose
 * language is not shipped reads English, whatever the server's locale.
 */
final class RefusalMessages {
  static final String BUNDLE = "dev.vouchers.core.kernel.refusals";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)}");
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private RefusalMessages() {}

  static String render(Reason reason, Locale locale) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    String code = reason.code().name();
    Object kind = reason.details().get("kind");
    Optional<String> specific = kind == null ? Optional.empty()
        : filled(bundle, code + "." + kind, reason, locale);
    return specific.or(() -> filled(bundle, code + ".detail", reason, locale))
        .orElseGet(() -> bundle.getString(code));
  }

  /** The template with every placeholder filled, if the bundle has it and the reason can. */
  private static Optional<String> filled(ResourceBundle bundle, String key, Reason reason,
      Locale locale) {
    String template;
    try {
      template = bundle.getString(key);
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
    Matcher placeholder = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (placeholder.find()) {
      Object value = reason.details().get(placeholder.group(1));
      if (value == null) {
        return Optional.empty();
      }
      placeholder.appendReplacement(out,
          Matcher.quoteReplacement(shown(placeholder.group(1), value, locale)));
    }
    placeholder.appendTail(out);
    return Optional.of(out.toString());
  }

  private static String shown(String name, Object value, Locale locale) {
    if ("time".equals(name) && value instanceof Instant instant) {
      // G-1: an instant minutes away is shown with its time of day (UTC)
      return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
          .withLocale(locale).format(instant.atZone(ZoneOffset.UTC)) + " UTC";
    }
    DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
        .withLocale(locale);
    if (value instanceof Instant instant) {
      return dates.format(instant.atZone(ZoneOffset.UTC));
    }
    if (value instanceof LocalDate date) {
      return dates.format(date);
    }
    if (value instanceof Number number) {
      return NumberFormat.getIntegerInstance(locale).format(number);
    }
    return value.toString();
  }
}
