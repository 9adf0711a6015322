// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.web;

import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.sample.webshop.demo.DemoUser;
import dev.vouchers.sample.webshop.demo.DemoUsers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * How the pages write instants, money and configurations (templates call it as {@code fmt}), in
 * the request's language; one date format (dd.MM.yyyy) in both.
 */
public final class Formats {
  /** The zone the shop shows times in. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Zurich");
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  private static final DemoUsers PEOPLE = new DemoUsers();
  /** How many characters of an id the short form keeps. */
  public static final int SHORT = 8;
  /** A voucher id: its order's id and a seven-digit sequence. */
  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z]+(?:_[A-Z]+)*");
  /** The library's reason for a purchase: "bought for customer muster-ag". */
  private static final Pattern BOUGHT_FOR = Pattern.compile("bought for customer (\\S+)");
  private static final Pattern VOUCHER_ID = Pattern.compile("(.+)-([0-9]{7})");

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

  /** "2 years, 3 FQDNs, 1 wildcard" ("2 Jahre, 3 FQDNs, 1 Wildcard" in German). */
  public String configuration(ProductConfiguration c) {
    boolean german = german();
    StringBuilder text = new StringBuilder();
    text.append(c.validityYears()).append(german
        ? c.validityYears() == 1 ? " Jahr" : " Jahre"
        : c.validityYears() == 1 ? " year" : " years");
    if (c.fqdns() > 0) {
      text.append(", ").append(c.fqdns()).append(c.fqdns() == 1 ? " FQDN" : " FQDNs");
    }
    if (c.wildcards() > 0) {
      text.append(", ").append(c.wildcards()).append(german
          ? c.wildcards() == 1 ? " Wildcard" : " Wildcards"
          : c.wildcards() == 1 ? " wildcard" : " wildcards");
    }
    return text.toString();
  }

  /** The value a configuration has in a form: product|years|fqdns|wildcards. */
  public String key(ProductConfiguration c) {
    return c.product().value() + "|" + c.validityYears() + "|" + c.fqdns() + "|" + c.wildcards();
  }

  /** "31 days" ("31 Tage") for the demo clock's offset. */
  public String offset(Duration offset) {
    long days = offset.toDays();
    long hours = offset.minusDays(days).toHours();
    String unit = german() ? days == 1 ? " Tag" : " Tage" : days == 1 ? " day" : " days";
    return days + unit + (hours > 0 ? ", " + hours + " h" : "");
  }

  /**
   * M-4: an order as people name it: its short order number in three groups
   * ({@code 123 456 789}), to be read out on the phone. Shown everywhere the pages name an
   * order; the id stays in links and in the order page's fine print.
   */
  public String orderNo(Order order) {
    return order.number().grouped();
  }

  /**
   * An order known only by its id (a voucher's order): the first {@value #SHORT} characters of
   * its id; pages that have the order show {@link #orderNo(Order)}.
   */
  public String orderNo(OrderId order) {
    return shortened(order.value());
  }

  /**
   * M-4: a voucher's order as people name it: its number ({@code 123 456 789}), which the
   * voucher's view carries; the first characters of the order's id only for a viewer the view
   * names no order for.
   */
  public String orderNo(VoucherView voucher) {
    return voucher.orderNumber().isEmpty() ? orderNo(voucher.order()) : voucher.orderNumber();
  }

  /**
   * M-4: a voucher as people name it: its order's number and its sequence in the order
   * ({@code 123 456 789-0000001}); by its id ({@link #voucherNo(VoucherId)}) when the view
   * names no order.
   */
  public String voucherNo(VoucherView voucher) {
    Matcher parts = VOUCHER_ID.matcher(voucher.id().value());
    return voucher.orderNumber().isEmpty() || !parts.matches() ? voucherNo(voucher.id())
        : voucher.orderNumber() + "-" + parts.group(2);
  }

  /**
   * A voucher known only by its id: its order id's first characters and its sequence in the
   * order ({@code 0ccb0889-0000001}); a voucher id of another shape is shortened like an
   * order's. Pages that have the voucher's view show {@link #voucherNo(VoucherView)}.
   */
  public String voucherNo(VoucherId voucher) {
    Matcher parts = VOUCHER_ID.matcher(voucher.value());
    return parts.matches() ? shortened(parts.group(1)) + "-" + parts.group(2)
        : shortened(voucher.value());
  }

  private static String shortened(String id) {
    return id.length() <= SHORT ? id : id.substring(0, SHORT);
  }

  /**
   * Who did something, as people say it: a demo user's name for a partner's user or vendor
   * staff, "end customer" for a code holder, anything else as the library describes it. Never
   * the principal string ({@code partner:alpine-hosting/anna(ADMIN)}).
   */
  public String who(String described) {
    for (DemoUser user : PEOPLE.all()) {
      if (user.principal().describe().equals(described)) {
        return user.name();
      }
    }
    if (described.startsWith("customer:")) {
      return german() ? "Endkunde" : "end customer";
    }
    if (described.startsWith("service:")) {
      return german() ? "der Shop" : "the shop";
    }
    return described;
  }

  /** A refusal's reason in the reader's language ({@code Reason.render}). */
  public String reason(Reason reason) {
    return reason.render(LocaleContextHolder.getLocale());
  }

  /**
   * What the library said of a reason beyond its code's general sentence ("the contact name
   * is required"), when the readable bundle has nothing more specific for it and the reader
   * reads English, the library's language; empty otherwise.
   * Without it, several reasons of one code would read the same.
   */
  public String detail(Reason reason) {
    if (!"en".equals(LocaleContextHolder.getLocale().getLanguage())) {
      return ""; // the library's own words are English; other readers get the bundle's only
    }
    String shown = reason(reason);
    String general = new Reason(reason.code(), reason.message()).render(
        LocaleContextHolder.getLocale());
    return shown.equals(general) && !reason.message().isBlank()
        && !reason.message().equals(shown) ? reason.message() : "";
  }

  /**
   * A history entry's details as people read them ({@code recipient: kunde@example.ch; message:
   * Hallo}), never the map's own text ({@code {recipient=…}}); principals among the values are
   * named as {@link #who} names them.
   */
  public String data(Map<String, String> data) {
    return data.entrySet().stream().map(e -> field(e.getKey()) + ": " + value(e.getValue()))
        .collect(Collectors.joining("; "));
  }

  /**
   * Why a move was made, in the reader's language where the library wrote it ("term renewed
   * (auto-renew is on)": {@code why.term-renewed-auto-renew-is-on} in the messages); what a
   * person typed is shown as typed.
   */
  public String why(String why) {
    Matcher bought = BOUGHT_FOR.matcher(why);
    if (bought.matches()) {
      return text("why.bought-for-customer").map(t -> t + " " + bought.group(1)).orElse(why);
    }
    String slug = why.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("(^-|-$)", "");
    return slug.isEmpty() ? why : text("why." + slug).orElse(why);
  }

  /**
   * A partner tier as people read it: the shop's word for it ({@code tier.GOLD} in the
   * messages), or its name in words for a tier the shop has no word for.
   */
  public String tier(Tier tier) {
    return text("tier." + tier.name()).orElseGet(() -> words(tier.name()));
  }

  /**
   * A history entry's field as people read it ({@code expiresAt}: "expires"): the shop's word
   * for it ({@code data.expiresAt} in the messages), or the name split into words.
   */
  String field(String name) {
    return text("data." + name).orElseGet(
        () -> name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  /** The reader's language's text of {@code key}, if the shop's messages have it. */
  private static Optional<String> text(String key) {
    try {
      return Optional.of(ResourceBundle.getBundle("messages", LocaleContextHolder.getLocale(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES))
          .getString(key));
    } catch (MissingResourceException e) {
      return Optional.empty(); // the shop has no word for it: the caller spells it out
    }
  }

  private static String words(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** One value of a history entry: a person named, an instant as a date, a constant as words. */
  private String value(String raw) {
    if (INSTANT.matcher(raw).matches()) {
      try {
        return at(Instant.parse(raw));
      } catch (java.time.format.DateTimeParseException e) {
        return raw;
      }
    }
    if (CONSTANT.matcher(raw).matches()) {
      return text("value." + raw).orElseGet(() -> words(raw));
    }
    return who(raw);
  }

  /** A sub-account's pricing (I-3) in the reader's language, not {@code Pricing.describe()}. */
  public String pricing(Pricing pricing) {
    if (pricing instanceof Pricing.CustomDiscount d) {
      return (german() ? "Rabatt " : "discount ") + d.percent().toPlainString() + "%";
    }
    if (pricing instanceof Pricing.PartnerTier) {
      return german() ? "Preise der Partnerstufe" : "partner tier prices";
    }
    return german() ? "Listenpreise" : "list prices";
  }

  /** Whether the page is being written in German (the request's language, {@link Languages}). */
  private static boolean german() {
    return "de".equals(LocaleContextHolder.getLocale().getLanguage());
  }

  private static @Nullable Instant unwrap(@Nullable Object value) {
    if (value instanceof Optional<?> optional) {
      return (Instant) optional.orElse(null);
    }
    return (Instant) value;
  }
}
