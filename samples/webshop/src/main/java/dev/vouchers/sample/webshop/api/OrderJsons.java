// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.catalog.domain.PriceQuote;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.catalog.port.in.PriceList;
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
import dev.vouchers.core.voucher.domain.VoucherStatus;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of partners, prices, quotes, orders and their cancellation (see {@link Json} for
 * the conventions: money as a decimal string, instants in UTC, absent values {@code null}).
 */
public final class OrderJsons {
  private OrderJsons() {}

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
          change.to().name(), change.by(), Json.micros(change.at()));
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
      int fqdns, int wildcards, Json.MoneyJson unitPrice, Json.MoneyJson listPrice,
      String priceSource) {
    static PriceJson of(PriceList.Entry entry) {
      ProductConfiguration c = entry.configuration();
      PriceQuote price = entry.price();
      return new PriceJson(c.product().value(), entry.productName(), entry.kind().name(),
          c.validityYears(), c.fqdns(), c.wildcards(), Json.MoneyJson.of(price.unitPrice()),
          Json.MoneyJson.of(price.listPrice()), price.source().name());
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
      int fqdns, int wildcards, int quantity, Json.MoneyJson unitPrice, Json.MoneyJson listPrice,
      String priceSource, Json.MoneyJson lineTotal) {
    static LineJson of(OrderLine line) {
      ProductConfiguration c = line.configuration();
      return new LineJson(line.number(), c.product().value(), line.productName(),
          c.validityYears(), c.fqdns(), c.wildcards(), line.quantity(),
          Json.MoneyJson.of(line.unitPrice()), Json.MoneyJson.of(line.price().listPrice()),
          line.price().source().name(), Json.MoneyJson.of(line.lineTotal()));
    }
  }

  /**
   * What an order would cost (O-3), stored nowhere.
   *
   * @param lines the priced lines
   * @param total the order total
   */
  public record QuoteJson(List<LineJson> lines, Json.MoneyJson total) {
    static QuoteJson of(OrderQuote quote) {
      return new QuoteJson(quote.lines().stream().map(LineJson::of).toList(),
          Json.MoneyJson.of(quote.total()));
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
      Json.MoneyJson total) {
    static OrderJson of(Order order) {
      return new OrderJson(order.id().value(), order.number().toString(), order.partner().value(),
          order.customerName().orElse(null), order.notes().orElse(null), order.paymentMethod(),
          order.status().name(), Json.micros(order.placedAt()), order.placedBy(),
          order.cancelledAt().map(Json::micros).orElse(null), order.voucherCount(),
          order.lines().stream().map(LineJson::of).toList(), Json.MoneyJson.of(order.total()));
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
      return new ExpiryExtendedJson(done.vouchers(), Json.micros(done.until()));
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
      long everRedeemed, List<VoucherJsons.VoucherJson> vouchers, @Nullable String next) {
    static OrderDetailsJson of(OrderDetails details) {
      return new OrderDetailsJson(OrderJson.of(details.order()), details.counts().counts(),
          details.counts().everRedeemed(),
          details.vouchers().items().stream().map(VoucherJsons.VoucherJson::of).toList(),
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
   * "May I cancel this order, and until when?" (V-6).
   *
   * @param allowed whether cancelling now would succeed
   * @param until the last instant cancelling may succeed; {@code null} when it never can again
   * @param reasons every reason that applies when not allowed
   */
  public record CancellationVerdictJson(boolean allowed, @Nullable Instant until,
      List<Json.ReasonJson> reasons) {
    static CancellationVerdictJson of(CancellationVerdict verdict) {
      return new CancellationVerdictJson(verdict.allowed(),
          verdict.until().map(Json::micros).orElse(null),
          verdict.reasons().stream().map(Json.ReasonJson::of).toList());
    }
  }

  /**
   * A done cancellation (V-6).
   *
   * @param order the cancelled order
   * @param cancelledVouchers how many vouchers became CANCELLED
   * @param refund the amount refunded: the full amount paid
   */
  public record CancellationJson(OrderJson order, int cancelledVouchers, Json.MoneyJson refund) {
    static CancellationJson of(OrderCancellation cancellation) {
      return new CancellationJson(OrderJson.of(cancellation.after()),
          Math.toIntExact(cancellation.vouchers()), Json.MoneyJson.of(cancellation.refund()));
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
          Json.micros(m.registeredAt()), m.registeredBy(),
          m.validUntil().map(Json::micros).orElse(null));
    }
  }
}
