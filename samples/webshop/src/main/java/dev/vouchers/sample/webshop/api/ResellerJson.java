// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.reseller.domain.CustomerLink;
import dev.vouchers.core.reseller.domain.CustomerPurchase;
import dev.vouchers.core.reseller.domain.DiscountChange;
import dev.vouchers.core.reseller.domain.ResellerApplication;
import dev.vouchers.core.reseller.domain.ResellerApplicationEntry;
import dev.vouchers.core.reseller.domain.ResellerDiscount;
import dev.vouchers.core.reseller.port.in.ResellerApplicationDetails;
import dev.vouchers.sample.webshop.demo.DemoCustomers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of the reseller programme, built from the library's results like
 * {@link Json}: percentages are decimal strings with their scale ({@code "12.5"}), money is
 * {@code {amount, currency}}, instants are ISO-8601 in UTC at microsecond precision.
 */
public final class ResellerJson {
  private ResellerJson() {}

  private static @Nullable String percent(Optional<BigDecimal> percent) {
    return percent.map(BigDecimal::toPlainString).orElse(null);
  }

  /**
   * A reseller application.
   *
   * @param id its id
   * @param partner the applicant partner
   * @param status {@code SUBMITTED}, {@code CONTRACT_SENT}, {@code CONTRACT_SIGNED},
   *     {@code APPROVED} or {@code REJECTED}
   * @param submittedAt when it was submitted
   * @param submittedBy who submitted it
   * @param discountPercent the reseller discount in percent, once set
   */
  public record ApplicationJson(String id, String partner, String status, Instant submittedAt,
      String submittedBy, @Nullable String discountPercent) {
    static ApplicationJson of(ResellerApplication a) {
      return new ApplicationJson(a.id().value(), a.partner().value(), a.status().name(),
          Json.micros(a.submittedAt()), a.submittedBy(), percent(a.discount()));
    }
  }

  /**
   * An application with its history and its discount changes.
   *
   * @param application the application
   * @param history every move after the submission, oldest first
   * @param discounts every discount change, oldest first
   */
  public record ApplicationDetailsJson(ApplicationJson application, List<EntryJson> history,
      List<DiscountChangeJson> discounts) {
    static ApplicationDetailsJson of(ResellerApplicationDetails details) {
      return new ApplicationDetailsJson(ApplicationJson.of(details.application()),
          details.history().stream().map(EntryJson::of).toList(),
          details.discounts().stream().map(DiscountChangeJson::of).toList());
    }
  }

  /**
   * One move of an application.
   *
   * @param from status before
   * @param to status after
   * @param at when
   * @param by who
   * @param why the reason given (a rejection's reason)
   * @param data the move's data: {@code contract}, {@code signedContract}, {@code discount}
   */
  public record EntryJson(String from, String to, Instant at, String by, String why,
      Map<String, String> data) {
    static EntryJson of(ResellerApplicationEntry e) {
      return new EntryJson(e.from().name(), e.to().name(), Json.micros(e.at()), e.by(), e.why(),
          new java.util.TreeMap<>(e.data()));
    }
  }

  /**
   * A change of a reseller's discount: it applies from {@code at} on.
   *
   * @param reseller the reseller
   * @param application its application
   * @param from the discount before, {@code null} if none was set
   * @param to the discount from now on
   * @param at when
   * @param by who
   */
  public record DiscountChangeJson(String reseller, String application, @Nullable String from,
      String to, Instant at, String by) {
    static DiscountChangeJson of(DiscountChange c) {
      return new DiscountChangeJson(c.reseller().value(), c.application().value(),
          percent(c.from()), c.to().toPlainString(), Json.micros(c.at()), c.by());
    }
  }

  /**
   * A period in which a customer belonged to a reseller.
   *
   * @param customer the customer
   * @param number the link's number among the customer's links, from 1
   * @param reseller the reseller
   * @param origin {@code SIGN_UP}, {@code TRANSFER} or {@code SUPPORT}
   * @param from from when (inclusive)
   * @param linkedBy who made the link
   * @param current whether it has not ended
   * @param until until when (exclusive), once ended
   * @param endedBy who ended it
   * @param endReason why
   */
  public record LinkJson(String customer, int number, String reseller, String origin,
      Instant from, String linkedBy, boolean current, @Nullable Instant until,
      @Nullable String endedBy, @Nullable String endReason) {
    static LinkJson of(CustomerLink l) {
      return new LinkJson(l.customer().value(), l.number(), l.reseller().value(),
          l.origin().name(), Json.micros(l.from()), l.linkedBy(), l.isCurrent(),
          l.until().map(Json::micros).orElse(null), l.endedBy().orElse(null),
          l.endReason().orElse(null));
    }
  }

  /**
   * The reseller discount of a purchase.
   *
   * @param reseller the reseller the customer belonged to then
   * @param percent its discount in force then
   * @param linkedSince since when the customer belonged to it
   */
  public record DiscountJson(String reseller, String percent, Instant linkedSince) {
    static DiscountJson of(ResellerDiscount d) {
      return new DiscountJson(d.reseller().value(), d.percent().toPlainString(),
          Json.micros(d.linkedSince()));
    }
  }

  /**
   * The discount for a purchase of the customer at an instant.
   *
   * @param customer the customer
   * @param at the instant asked about
   * @param discount the discount, {@code null} if the customer had no reseller then
   */
  public record DiscountAtJson(String customer, Instant at, @Nullable DiscountJson discount) {}

  /**
   * A customer's purchase priced with the reseller discount in force (R-2, T-3); stored nowhere.
   *
   * @param customer the customer
   * @param at when it was priced
   * @param listPrice the price before the reseller discount
   * @param discount the discount applied, {@code null} if none
   * @param price the price, rounded half-even to the minor unit
   */
  public record PurchaseJson(String customer, Instant at, Json.MoneyJson listPrice,
      @Nullable DiscountJson discount, Json.MoneyJson price) {
    static PurchaseJson of(CustomerPurchase p) {
      return new PurchaseJson(p.customer().value(), Json.micros(p.at()),
          Json.MoneyJson.of(p.listPrice()), p.discount().map(DiscountJson::of).orElse(null),
          Json.MoneyJson.of(p.price()));
    }
  }

  /**
   * A customer of the shop.
   *
   * @param id its id, as the library knows it
   * @param name its name
   * @param signedUpAt when it signed up
   */
  public record CustomerJson(String id, String name, Instant signedUpAt) {
    static CustomerJson of(DemoCustomers.Customer c) {
      return new CustomerJson(c.id().value(), c.name(), Json.micros(c.signedUpAt()));
    }
  }

  /**
   * A completed sign-up.
   *
   * @param customer the new customer
   * @param link its link to the reseller it chose, {@code null} if it chose none
   */
  public record SignedUpJson(CustomerJson customer, @Nullable LinkJson link) {
    static SignedUpJson of(DemoCustomers.SignedUp done) {
      return new SignedUpJson(CustomerJson.of(done.customer()),
          done.link().map(LinkJson::of).orElse(null));
    }
  }
}
