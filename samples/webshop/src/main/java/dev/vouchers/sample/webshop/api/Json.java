// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.port.in.PriceList;
import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Page;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.ordering.domain.CancellationVerdict;
import dev.vouchers.core.ordering.domain.Order;
import dev.vouchers.core.ordering.domain.OrderCancellation;
import dev.vouchers.core.ordering.domain.OrderLine;
import dev.vouchers.core.ordering.port.in.OrderDetails;
import dev.vouchers.core.ordering.port.in.OrderQuote;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.in.PartnerDetails;
import dev.vouchers.core.voucher.domain.Assignment;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.HistoryEntry;
import dev.vouchers.core.voucher.domain.VoucherStatus;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.VoucherDetails;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.sample.webshop.demo.DemoInbox;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON the API answers with: one record per representation, built from the library's
 * results. The API never serialises the library's types directly, so that its JSON stays as
 * documented in the README when the library's records grow. Money is {@code {amount,
 * currency}} with the amount as a decimal string (no floating point, T-3); instants are ISO-8601
 * strings in UTC; absent optional values are {@code null}.
 */
public final class Json {
  private Json() {}

  /**
   * Instants at the precision the JDBC store keeps (microseconds), so that the answer to a
   * command shows the same times as every later read.
   */
  static Instant micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /**
   * An amount of money (T-3).
   *
   * @param amount the decimal amount with the currency's minor digits, e.g. {@code "39.00"}
   * @param currency the ISO 4217 code
   */
  public record MoneyJson(String amount, String currency) {
    static MoneyJson of(Money money) {
      return new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
  }

  /**
   * One reason of a refusal, as listed in a problem's {@code reasons}.
   *
   * @param code the reason code, e.g. {@code VOUCHER_IN_USE}
   * @param rule the rule of the domain brief, e.g. {@code V-6}
   * @param message what to show
   */
  public record ReasonJson(String code, String rule, String message) {
    static ReasonJson of(Reason reason) {
      return new ReasonJson(reason.code().name(), reason.rule(), reason.message());
    }
  }

  /**
   * A page of a listing (O-5).
   *
   * @param items the rows, newest first
   * @param next the cursor of the next page ({@code after=}), {@code null} on the last page
   * @param total how many rows matched the filter when the first page was read, counted up
   *     to 10,000 (O-5, L-1: later pages carry the first page's figure, nothing is recounted)
   * @param totalCapped whether more than {@code total} rows match ("10000+")
   * @param <T> the row type
   */
  public record PageJson<T>(List<T> items, @Nullable String next, long total,
      boolean totalCapped) {
    static <S, T> PageJson<T> of(Page<S> page, Function<? super S, ? extends T> row) {
      return new PageJson<>(page.items().stream().<T>map(row).toList(),
          page.next().orElse(null), page.total().count(), page.total().capped());
    }
  }

  /**
   * A partner (T-1, T-5).
   *
   * @param id its id
   * @param name its display name
   * @param tier its current tier
   * @param features its enabled features
   * @param language the language of its customers' e-mails
   * @param tierChanges every tier change, oldest first
   */
  public record PartnerJson(String id, String name, String tier, List<String> features,
      String language, List<TierChangeJson> tierChanges) {
    static PartnerJson of(PartnerDetails details) {
      Partner partner = details.partner();
      return new PartnerJson(partner.id().value(), partner.name(), partner.tier().name(),
          partner.features().stream().map(Enum::name).sorted().toList(),
          partner.language().toLanguageTag(),
          details.tierChanges().stream().map(TierChangeJson::of).toList());
    }
  }

  /**
   * A tier change (T-5).
   *
   * @param partner whose tier changed
   * @param from the old tier
   * @param to the new tier
   * @param by who changed it
   * @param at when
   */
  public record TierChangeJson(String partner, String from, String to, String by, Instant at) {
    static TierChangeJson of(TierChange change) {
      return new TierChangeJson(change.partner().value(), change.from().name(),
          change.to().name(), change.by(), micros(change.at()));
    }
  }

  /**
   * A partner's price list (T-2).
   *
   * @param partner the partner
   * @param partnerName its display name
   * @param tier the tier the prices are for
   * @param entries one per offered configuration
   */
  public record PriceListJson(String partner, String partnerName, String tier,
      List<PriceJson> entries) {
    static PriceListJson of(PriceList list) {
      return new PriceListJson(list.partner().value(), list.partnerName(), list.tier().name(),
          list.entries().stream().map(PriceJson::of).toList());
    }
  }

  /**
   * One offered configuration with its prices (T-2).
   *
   * @param product the product id
   * @param productName its name
   * @param kind its kind
   * @param validityYears validity in years
   * @param fqdns number of FQDNs
   * @param wildcards number of wildcards
   * @param unitPrice what the partner pays per voucher
   * @param listPrice the list price
   * @param priceSource {@code TIER_PRICE}, {@code TIER_DISCOUNT} or {@code LIST_PRICE}
   */
  public record PriceJson(String product, String productName, String kind, int validityYears,
      int fqdns, int wildcards, MoneyJson unitPrice, MoneyJson listPrice, String priceSource) {
    static PriceJson of(PriceList.Entry entry) {
      ProductConfiguration c = entry.configuration();
      PriceQuote price = entry.price();
      return new PriceJson(c.product().value(), entry.productName(), entry.kind().name(),
          c.validityYears(), c.fqdns(), c.wildcards(), MoneyJson.of(price.unitPrice()),
          MoneyJson.of(price.listPrice()), price.source().name());
    }
  }

  /**
   * A priced order line (O-3, T-4: the prices are frozen at order time).
   *
   * @param number 1-based
   * @param product the product id
   * @param productName its name at order time
   * @param validityYears validity in years
   * @param fqdns number of FQDNs
   * @param wildcards number of wildcards
   * @param quantity number of vouchers
   * @param unitPrice the unit price
   * @param listPrice the list price
   * @param priceSource where the unit price came from (T-2)
   * @param lineTotal unit price times quantity
   */
  public record LineJson(int number, String product, String productName, int validityYears,
      int fqdns, int wildcards, int quantity, MoneyJson unitPrice, MoneyJson listPrice,
      String priceSource, MoneyJson lineTotal) {
    static LineJson of(OrderLine line) {
      ProductConfiguration c = line.configuration();
      return new LineJson(line.number(), c.product().value(), line.productName(),
          c.validityYears(), c.fqdns(), c.wildcards(), line.quantity(),
          MoneyJson.of(line.unitPrice()), MoneyJson.of(line.price().listPrice()),
          line.price().source().name(), MoneyJson.of(line.lineTotal()));
    }
  }

  /**
   * What an order would cost (O-3), stored nowhere.
   *
   * @param lines the priced lines
   * @param total the order total
   */
  public record QuoteJson(List<LineJson> lines, MoneyJson total) {
    static QuoteJson of(OrderQuote quote) {
      return new QuoteJson(quote.lines().stream().map(LineJson::of).toList(),
          MoneyJson.of(quote.total()));
    }
  }

  /**
   * An order (O-1..O-3).
   *
   * @param id its id
   * @param number its short order number, nine digits (M-4)
   * @param partner the ordering partner
   * @param customerName the customer it is meant for
   * @param notes free notes
   * @param paymentMethod how it is paid
   * @param status {@code OPEN} or {@code CANCELLED}
   * @param placedAt the purchase time
   * @param placedBy who placed it
   * @param cancelledAt when it was cancelled
   * @param voucherCount how many vouchers it issued
   * @param lines its lines
   * @param total the order total
   */
  public record OrderJson(String id, String number, String partner, @Nullable String customerName,
      @Nullable String notes, String paymentMethod, String status, Instant placedAt,
      String placedBy, @Nullable Instant cancelledAt, int voucherCount, List<LineJson> lines,
      MoneyJson total) {
    static OrderJson of(Order order) {
      return new OrderJson(order.id().value(), order.number().toString(), order.partner().value(),
          order.customerName().orElse(null), order.notes().orElse(null), order.paymentMethod(),
          order.status().name(), micros(order.placedAt()), order.placedBy(),
          order.cancelledAt().map(Json::micros).orElse(null), order.voucherCount(),
          order.lines().stream().map(LineJson::of).toList(), MoneyJson.of(order.total()));
    }
  }

  /**
   * M-2: what an extension of the expiry did.
   *
   * @param vouchers how many vouchers were extended
   * @param until their new expiry
   */
  public record ExpiryExtendedJson(long vouchers, Instant until) {
    static ExpiryExtendedJson of(dev.vouchers.core.voucher.port.in.ExtendExpiry.ExpiryExtended done) {
      return new ExpiryExtendedJson(done.vouchers(), micros(done.until()));
    }
  }

  /**
   * An order with its vouchers' counts and one page of its vouchers (O-3, L-2).
   *
   * @param order the order
   * @param counts how many of its vouchers are in each status now (V-4: due ones as EXPIRED);
   *     statuses without vouchers are left out
   * @param everRedeemed how many of its vouchers were ever redeemed
   * @param vouchers one page of its vouchers, in issue order
   * @param next the cursor of the following page ({@code ?after=}), null on the last
   */
  public record OrderDetailsJson(OrderJson order, Map<VoucherStatus, Long> counts,
      long everRedeemed, List<VoucherJson> vouchers, @Nullable String next) {
    static OrderDetailsJson of(OrderDetails details) {
      return new OrderDetailsJson(OrderJson.of(details.order()), details.counts().counts(),
          details.counts().everRedeemed(),
          details.vouchers().items().stream().map(VoucherJson::of).toList(),
          details.vouchers().next().orElse(null));
    }
  }

  /**
   * A placed order with its codes (O-4): the one answer that always carries every code.
   *
   * @param order the order
   * @param vouchers one per code, in issue order
   */
  public record PlacedOrderJson(OrderJson order, List<IssuedCodeJson> vouchers) {}

  /**
   * A voucher of a placed order and its code.
   *
   * @param id the voucher id
   * @param code the code in display form
   * @param redemptionUrl where the end customer redeems it (C-6)
   */
  public record IssuedCodeJson(String id, String code, URI redemptionUrl) {}

  /**
   * A voucher as its partner (or vendor staff) sees it: the real status as of now (C-5, V-4).
   *
   * @param id its id
   * @param order its order
   * @param orderNumber its order's short number, nine digits (M-4); null for an end customer
   * @param code the code in display form; masked ({@code ****-ABCD}) for anyone but its partner
   * @param status the status as of now
   * @param product the product id
   * @param productName its name
   * @param validityYears validity in years
   * @param fqdns number of FQDNs
   * @param wildcards number of wildcards
   * @param issuedAt when it was bought
   * @param expiresAt when it expires unless used
   * @param assignment to whom the activation link was sent (S-2)
   * @param certificateRequest the certificate request reference
   * @param comment the partner's comment (V-8)
   * @param redemptionUrl the redemption URL (C-6)
   */
  public record VoucherJson(String id, String order, @Nullable String orderNumber, String code,
      String status, String product, String productName, int validityYears, int fqdns,
      int wildcards, Instant issuedAt, Instant expiresAt, @Nullable AssignmentJson assignment,
      @Nullable String certificateRequest, @Nullable String comment, URI redemptionUrl) {
    static VoucherJson of(VoucherView v) {
      ProductConfiguration c = v.configuration();
      return new VoucherJson(v.id().value(), v.order().value(),
          v.orderNumber().isEmpty() ? null : v.orderNumber().replace(" ", ""), v.code(),
          v.status().name(), c.product().value(), v.productName(), c.validityYears(), c.fqdns(),
          c.wildcards(),
          micros(v.issuedAt()), micros(v.expiresAt()),
          v.assignment().map(AssignmentJson::of).orElse(null),
          v.certificateRequest().orElse(null), v.comment().orElse(null), v.redemptionUrl());
    }
  }

  /**
   * The recipient of an activation link (S-2).
   *
   * @param recipient the e-mail address
   * @param message the partner's personal message
   * @param sentAt when the link was last sent
   */
  public record AssignmentJson(String recipient, String message, Instant sentAt) {
    static AssignmentJson of(Assignment assignment) {
      return new AssignmentJson(assignment.recipient().value(), assignment.message(),
          micros(assignment.sentAt()));
    }
  }

  /**
   * A voucher with its history (V-2).
   *
   * @param voucher the voucher
   * @param history every move, oldest first
   */
  public record VoucherDetailsJson(VoucherJson voucher, List<HistoryJson> history) {
    static VoucherDetailsJson of(VoucherDetails details) {
      return new VoucherDetailsJson(VoucherJson.of(details.voucher()),
          details.history().stream().map(HistoryJson::of).toList());
    }
  }

  /**
   * One move of a voucher (V-2).
   *
   * @param from status before
   * @param to status after
   * @param at when
   * @param by who
   * @param why the reason given
   * @param data the move's data (recipient and message, request reference, ...)
   */
  public record HistoryJson(String from, String to, Instant at, String by, String why,
      Map<String, String> data) {
    static HistoryJson of(HistoryEntry entry) {
      return new HistoryJson(entry.from().name(), entry.to().name(), micros(entry.at()), entry.by(),
          entry.why(), new java.util.TreeMap<>(entry.data()));
    }
  }

  /**
   * "May I cancel this order, and until when?" (V-6).
   *
   * @param allowed whether cancelling now would succeed
   * @param until the last instant cancelling may succeed; {@code null} when it never can again
   * @param reasons every reason that applies when not allowed
   */
  public record CancellationVerdictJson(boolean allowed, @Nullable Instant until,
      List<ReasonJson> reasons) {
    static CancellationVerdictJson of(CancellationVerdict verdict) {
      return new CancellationVerdictJson(verdict.allowed(),
          verdict.until().map(Json::micros).orElse(null),
          verdict.reasons().stream().map(ReasonJson::of).toList());
    }
  }

  /**
   * A done cancellation (V-6).
   *
   * @param order the cancelled order
   * @param cancelledVouchers how many vouchers became CANCELLED
   * @param refund the amount refunded: the full amount paid
   */
  public record CancellationJson(OrderJson order, int cancelledVouchers, MoneyJson refund) {
    static CancellationJson of(OrderCancellation cancellation) {
      return new CancellationJson(OrderJson.of(cancellation.after()),
          Math.toIntExact(cancellation.vouchers()), MoneyJson.of(cancellation.refund()));
    }
  }

  /**
   * What an end customer learns about a usable code (C-5).
   *
   * @param productName the product
   * @param kind the product kind
   * @param status VALID, ASSIGNED, PENDING, RESERVED or REDEEMED
   * @param expiresAt when it expires unless used
   * @param needsOrganisationActivation P-2
   * @param needsDomainControl P-2, D-1
   * @param needsMandate P-2, D-2
   */
  public record LookupJson(String productName, String kind, String status, Instant expiresAt,
      boolean needsOrganisationActivation, boolean needsDomainControl, boolean needsMandate) {
    static LookupJson of(RedeemableVoucher v) {
      return new LookupJson(v.productName(), v.kind().name(), v.status().name(),
          micros(v.expiresAt()), v.needsOrganisationActivation(), v.needsDomainControl(),
          v.needsMandate());
    }
  }

  /**
   * A voucher as its end customer sees it after a step of the redemption: no id, no code, none
   * of the partner's notes.
   *
   * @param status the status after the step
   * @param productName the product
   * @param expiresAt when it expires unless used
   * @param certificateRequest the certificate request reference, once submitted
   */
  public record RedemptionJson(String status, String productName, Instant expiresAt,
      @Nullable String certificateRequest) {
    static RedemptionJson of(VoucherView v) {
      return new RedemptionJson(v.status().name(), v.productName(),
          micros(v.expiresAt()),
          v.certificateRequest().orElse(null));
    }
  }

  /**
   * A domain-control challenge (D-1): publish {@code secret} at one of {@code httpLocations} or
   * in a TXT record at {@code dnsRecordName}, then ask for verification.
   *
   * @param domain the domain to prove
   * @param secret the random secret to publish
   * @param dnsRecordName the name of the TXT record
   * @param httpLocations the web locations
   * @param issuedAt when it was issued
   * @param expiresAt after this instant it can no longer be met
   * @param verified whether control was proven
   * @param verifiedAt when control was proven
   */
  public record ChallengeJson(String domain, String secret, String dnsRecordName,
      List<URI> httpLocations, Instant issuedAt, Instant expiresAt, boolean verified,
      @Nullable Instant verifiedAt) {
    static ChallengeJson of(DomainChallenge c) {
      return new ChallengeJson(c.domain().value(), c.secret(), c.dnsRecordName(),
          c.httpLocations(), micros(c.issuedAt()), micros(c.expiresAt()), c.verified(),
          c.verifiedAt().map(Json::micros).orElse(null));
    }
  }

  /**
   * A power of attorney on file (D-2).
   *
   * @param organisation the organisation
   * @param documentReference where the signed document is kept
   * @param registeredAt when it was recorded
   * @param registeredBy who recorded it
   * @param validUntil when it stops being valid
   */
  public record MandateJson(String organisation, String documentReference, Instant registeredAt,
      String registeredBy, @Nullable Instant validUntil) {
    static MandateJson of(Mandate m) {
      return new MandateJson(m.organisation().value(), m.documentReference(),
          micros(m.registeredAt()), m.registeredBy(),
          m.validUntil().map(Json::micros).orElse(null));
    }
  }

  /**
   * The demo clock.
   *
   * @param now what the library reads as now
   * @param offset how far ahead of real time it is (ISO-8601 duration)
   */
  public record ClockJson(Instant now, String offset) {
    static ClockJson of(Instant now, Duration offset) {
      return new ClockJson(now, offset.toString());
    }
  }

  /**
   * One e-mail of the demo inbox.
   *
   * @param index its position in the inbox, from 0
   * @param from the sender
   * @param to the recipients
   * @param subject the subject
   * @param body the text
   * @param receivedAt when it arrived
   * @param links the links in the text
   */
  public record MailJson(int index, String from, String to, String subject, String body,
      @Nullable Instant receivedAt, List<String> links) {
    static MailJson of(DemoInbox.Mail mail) {
      return new MailJson(mail.index(), mail.from(), mail.to(), mail.subject(), mail.body(),
          mail.receivedAt().orElse(null), mail.links());
    }
  }
}
