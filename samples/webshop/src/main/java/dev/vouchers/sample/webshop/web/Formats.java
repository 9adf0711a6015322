// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.domain.Money;
import dev.vouchers.core.domain.ProductConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** How the pages write instants, money and configurations (templates call it as {@code fmt}). */
public final class Formats {
  /** The zone the shop shows times in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  /** Date and time in the shop's zone. */
  public String at(@Nullable Object instant) {
    Instant value = unwrap(instant);
    return value == null ? "" : AT.format(value.atZone(ZONE));
  }

  /** The date in the shop's zone. */
  public String day(@Nullable Object instant) {
    Instant value = unwrap(instant);
    return value == null ? "" : DAY.format(value.atZone(ZONE));
  }

  /** An amount with its currency. */
  public String money(Money money) {
    return money.currency().getCurrencyCode() + " " + money.amount().toPlainString();
  }

  /** "2 years, 3 FQDNs, 1 wildcard". */
  public String configuration(ProductConfiguration c) {
    StringBuilder text = new StringBuilder();
    text.append(c.validityYears()).append(c.validityYears() == 1 ? " year" : " years");
    if (c.fqdns() > 0) {
      text.append(", ").append(c.fqdns()).append(c.fqdns() == 1 ? " FQDN" : " FQDNs");
    }
    if (c.wildcards() > 0) {
      text.append(", ").append(c.wildcards()).append(c.wildcards() == 1 ? " wildcard" : " wildcards");
    }
    return text.toString();
  }

  /** The value a configuration has in a form: product|years|fqdns|wildcards. */
  public String key(ProductConfiguration c) {
    return c.product().value() + "|" + c.validityYears() + "|" + c.fqdns() + "|" + c.wildcards();
  }

  /** "31 days" for the demo clock's offset. */
  public String offset(Duration offset) {
    long days = offset.toDays();
    long hours = offset.minusDays(days).toHours();
    return days + (days == 1 ? " day" : " days") + (hours > 0 ? ", " + hours + " h" : "");
  }

  private static @Nullable Instant unwrap(@Nullable Object value) {
    if (value instanceof Optional<?> optional) {
      return (Instant) optional.orElse(null);
    }
    return (Instant) value;
  }
}
