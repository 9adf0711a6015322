// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.sample.webshop.api;

import org.jspecify.annotations.Nullable;

/**
 * The JSON request bodies of the invitation and sub-account endpoints (I-1..I-3), read like
 * {@link Bodies}: a missing required member answers 400 naming every missing member; what the
 * library checks itself (e-mail addresses, lengths, countries) it refuses with its reasons (422).
 */
public final class SubAccountBodies {
  private SubAccountBodies() {}

  /**
   * An invitation (I-1).
   *
   * @param email the invitee's e-mail address (required)
   * @param type {@code STANDARD} or {@code ENTERPRISE}, any case (required)
   * @param message the partner's custom message (optional)
   */
  public record InvitationBody(@Nullable String email, @Nullable String type,
      @Nullable String message) {}

  /**
   * An acceptance (I-3): the token of the link and the invitee's contact and organisation.
   *
   * @param token the token, the last path segment of the link (required)
   * @param contactName the contact's name (required)
   * @param contactEmail the contact's e-mail address (required)
   * @param organisationName the organisation's name (required)
   * @param organisationAddress its postal address (required)
   * @param country its ISO 3166-1 alpha-2 country code, e.g. {@code CH} (required)
   */
  public record AcceptanceBody(@Nullable String token, @Nullable String contactName,
      @Nullable String contactEmail, @Nullable String organisationName,
      @Nullable String organisationAddress, @Nullable String country) {}

  /**
   * Billing and pricing of a sub-account (I-3).
   *
   * @param billing {@code SELF} or {@code PARTNER} (required)
   * @param pricing which prices apply (required)
   */
  public record BillingBody(@Nullable String billing, @Nullable PricingBody pricing) {}

  /**
   * Which prices a sub-account pays (I-3), as {@link SubAccountsJson.PricingJson} shows them.
   *
   * @param kind {@code LIST_PRICES}, {@code PARTNER_TIER} or {@code CUSTOM_DISCOUNT} (required)
   * @param percent the discount, a decimal string more than 0 and at most 100 (required for
   *     {@code CUSTOM_DISCOUNT}, else ignored)
   */
  public record PricingBody(@Nullable String kind, @Nullable String percent) {}

  /**
   * A sub-account type (I-3).
   *
   * @param type {@code STANDARD} or {@code ENTERPRISE}, any case (required)
   */
  public record TypeBody(@Nullable String type) {}

  /**
   * A contract (I-3).
   *
   * @param contract the contract reference, 1..64 characters (required)
   */
  public record ContractBody(@Nullable String contract) {}
}
