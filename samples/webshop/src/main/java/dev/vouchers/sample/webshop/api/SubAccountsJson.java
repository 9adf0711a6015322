// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import dev.vouchers.core.subaccount.domain.InvitationHistoryEntry;
import dev.vouchers.core.subaccount.domain.Pricing;
import dev.vouchers.core.subaccount.domain.SubAccount;
import dev.vouchers.core.subaccount.domain.SubAccountHistoryEntry;
import dev.vouchers.core.subaccount.port.in.InvitationDetails;
import dev.vouchers.core.subaccount.port.in.InvitationView;
import dev.vouchers.core.subaccount.port.in.SubAccountDetails;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The JSON of invitations and sub-accounts (I-1..I-3), with the conventions of {@link Json}:
 * built from the library's results, instants in UTC at microsecond precision, absent values
 * {@code null}, percentages as decimal strings. An invitation's token never appears: it travels
 * only in the e-mail.
 */
public final class SubAccountsJson {
  /** The pricing kinds, as {@link PricingJson#kind()} names them. */
  static final String LIST_PRICES = "LIST_PRICES";
  static final String PARTNER_TIER = "PARTNER_TIER";
  static final String CUSTOM_DISCOUNT = "CUSTOM_DISCOUNT";

  private SubAccountsJson() {}

  /**
   * An invitation as its partner sees it (I-2): the status as of now, so an invitation past
   * its expiry is {@code EXPIRED} before any sweep wrote it.
   *
   * @param id its id
   * @param partner the inviting partner
   * @param recipient to whom it was sent
   * @param type the sub-account type offered
   * @param message the custom message, empty for none
   * @param status {@code PENDING}, {@code ACCEPTED}, {@code EXPIRED} or {@code CANCELLED}
   * @param invitedBy who sent it first
   * @param invitedAt when it was first sent
   * @param sentAt when it was last sent
   * @param expiresAt when it expires unless accepted
   * @param subAccount the sub-account created when it was accepted
   */
  public record InvitationJson(String id, String partner, String recipient, String type,
      String message, String status, String invitedBy, Instant invitedAt, Instant sentAt,
      Instant expiresAt, @Nullable String subAccount) {
    static InvitationJson of(InvitationView v) {
      return new InvitationJson(v.id().value(), v.partner().value(), v.recipient().value(),
          v.type().name(), v.message(), v.status().name(), v.invitedBy(),
          Json.micros(v.invitedAt()), Json.micros(v.sentAt()), Json.micros(v.expiresAt()),
          v.subAccount().map(s -> s.value()).orElse(null));
    }
  }

  /**
   * An invitation with its history (I-2).
   *
   * @param invitation the invitation
   * @param history every move, oldest first; the first records the sending
   */
  public record InvitationDetailsJson(InvitationJson invitation,
      List<InvitationHistoryJson> history) {
    static InvitationDetailsJson of(InvitationDetails details) {
      return new InvitationDetailsJson(InvitationJson.of(details.invitation()),
          details.history().stream().map(InvitationHistoryJson::of).toList());
    }
  }

  /**
   * One move of an invitation (I-2).
   *
   * @param from status before; {@code null} for the sending that created it
   * @param to status after
   * @param at when
   * @param by who
   * @param why what happened
   * @param data the move's data (recipient, expiry, sub-account created, ...)
   */
  public record InvitationHistoryJson(@Nullable String from, String to, Instant at, String by,
      String why, Map<String, String> data) {
    static InvitationHistoryJson of(InvitationHistoryEntry entry) {
      return new InvitationHistoryJson(entry.from().map(Enum::name).orElse(null),
          entry.to().name(), Json.micros(entry.at()), entry.by(), entry.why(),
          new TreeMap<>(entry.data()));
    }
  }

  /**
   * A sub-account (I-3).
   *
   * @param id its id
   * @param partner the parent partner
   * @param type {@code STANDARD} or {@code ENTERPRISE}
   * @param contact its contact
   * @param organisation its organisation
   * @param billing {@code SELF} or {@code PARTNER}
   * @param pricing which prices apply
   * @param contract the vendor's contract reference, {@code null} for none
   * @param invitation the invitation it was created from
   * @param createdAt when the invitation was accepted
   */
  public record SubAccountJson(String id, String partner, String type, ContactJson contact,
      OrganisationJson organisation, String billing, PricingJson pricing,
      @Nullable String contract, String invitation, Instant createdAt) {
    static SubAccountJson of(SubAccount s) {
      return new SubAccountJson(s.id().value(), s.partner().value(), s.type().name(),
          new ContactJson(s.contact().name(), s.contact().email().value()),
          new OrganisationJson(s.organisation().name(), s.organisation().address(),
              s.organisation().country()),
          s.billing().name(), PricingJson.of(s.pricing()),
          s.contract().map(c -> c.value()).orElse(null), s.invitation().value(),
          Json.micros(s.createdAt()));
    }
  }

  /**
   * A sub-account's contact (I-3).
   *
   * @param name the name
   * @param email the e-mail address
   */
  public record ContactJson(String name, String email) {}

  /**
   * A sub-account's organisation (I-3).
   *
   * @param name the name
   * @param address the postal address
   * @param country the ISO 3166-1 alpha-2 code
   */
  public record OrganisationJson(String name, String address, String country) {}

  /**
   * Which prices a sub-account pays (I-3).
   *
   * @param kind {@code LIST_PRICES}, {@code PARTNER_TIER} or {@code CUSTOM_DISCOUNT}
   * @param percent the discount as a decimal string, {@code null} unless a custom discount
   * @param description how it reads, e.g. {@code "discount 12.5%"}
   */
  public record PricingJson(String kind, @Nullable String percent, String description) {
    static PricingJson of(Pricing pricing) {
      if (pricing instanceof Pricing.CustomDiscount discount) {
        return new PricingJson(CUSTOM_DISCOUNT, discount.percent().toPlainString(),
            pricing.describe());
      }
      return new PricingJson(pricing instanceof Pricing.PartnerTier ? PARTNER_TIER
          : LIST_PRICES, null, pricing.describe());
    }
  }

  /**
   * A sub-account with its history (I-3).
   *
   * @param subAccount the sub-account
   * @param history every change, oldest first; the first is its creation
   */
  public record SubAccountDetailsJson(SubAccountJson subAccount,
      List<SubAccountHistoryJson> history) {
    static SubAccountDetailsJson of(SubAccountDetails details) {
      return new SubAccountDetailsJson(SubAccountJson.of(details.subAccount()),
          details.history().stream().map(SubAccountHistoryJson::of).toList());
    }
  }

  /**
   * One change of a sub-account (I-3).
   *
   * @param at when
   * @param by who
   * @param why what changed
   * @param data from and to
   */
  public record SubAccountHistoryJson(Instant at, String by, String why,
      Map<String, String> data) {
    static SubAccountHistoryJson of(SubAccountHistoryEntry entry) {
      return new SubAccountHistoryJson(Json.micros(entry.at()), entry.by(), entry.why(),
          new TreeMap<>(entry.data()));
    }
  }
}
