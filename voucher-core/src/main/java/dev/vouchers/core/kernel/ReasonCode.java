// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * Every reason the library may give for a refusal, each tied to the rule of the brief it
 * enforces. Callers switch on the code; {@link Reason#message()} is for display.
 */
public enum ReasonCode {
  /** A-1 / C-5: the id or code is unknown, or not visible to this principal. */
  NOT_FOUND("A-1"),
  /** A-1, T-5, D-2: the principal's role does not allow this action. */
  NOT_PERMITTED("A-1"),
  /** Bad input: a field is missing, malformed or out of range. */
  INVALID_INPUT("O-2"),
  /** O-1: the partner has no voucher feature. */
  FEATURE_DISABLED("O-1"),
  /** O-2: a line's quantity is outside the allowed range. */
  QUANTITY_OUT_OF_RANGE("O-2"),
  /** P-1: the product does not allow this configuration. */
  CONFIGURATION_NOT_OFFERED("P-1"),
  /** T-2: the price book has no list price for the configuration. */
  NO_PRICE("T-2"),
  /** T-1: the tier is not part of the programme's tier ladder. */
  UNKNOWN_TIER("T-1"),
  /** C-1: the code format cannot give enough distinct codes for this order. */
  CODE_SPACE_TOO_SMALL("C-1"),
  /** C-4: the code is malformed or fails its check symbol; storage was not consulted. */
  MALFORMED_CODE("C-4"),
  /** C-5: the code cannot be used (unknown, cancelled or expired: one answer for all). */
  CODE_NOT_REDEEMABLE("C-5"),
  /**
   * G-1: too many failed code attempts from one caller key; the same for every code (C-5).
   * Detail {@code time}: the instant after which the key may try again.
   */
  TOO_MANY_ATTEMPTS("G-1"),
  /**
   * G-3: the idempotency key was used before, by the same caller, for another request; nothing
   * was done.
   */
  IDEMPOTENCY_KEY_REUSED("G-3"),
  /**
   * G-3: a request with the same idempotency key is still being processed; nothing was done.
   * Retry: the answer is then the first request's.
   */
  IDEMPOTENCY_KEY_IN_USE("G-3"),
  /** V-1: the move is not allowed from the voucher's current status. */
  MOVE_NOT_ALLOWED("V-1"),
  /** V-4: the voucher has expired. */
  VOUCHER_EXPIRED("V-4"),
  /** P-2: organisation activation is only for products with organisation activation. */
  NOT_AN_ORGANISATION_PRODUCT("P-2"),
  /** V-5: the revocation came more than the reissue window after the request. */
  REISSUE_WINDOW_CLOSED("V-5"),
  /** V-5: no certificate request is on record for this voucher. */
  NO_CERTIFICATE_REQUEST("V-5"),
  /** V-6: the order was placed more than the cancellation window ago. */
  CANCELLATION_WINDOW_CLOSED("V-6"),
  /** V-6: a voucher of the order is PENDING, RESERVED or REDEEMED. */
  VOUCHER_IN_USE("V-6"),
  /** V-6: a voucher of the order was redeemed at some point. */
  VOUCHER_WAS_REDEEMED("V-6"),
  /** V-6: the order's vouchers have expired. */
  ORDER_EXPIRED("V-6"),
  /** V-6: the order is already cancelled. */
  ORDER_ALREADY_CANCELLED("V-6"),
  /** D-2: the product requires a power of attorney that is not on file. */
  MANDATE_MISSING("D-2"),
  /** D-1: control of the domain has not been proven. */
  DOMAIN_CONTROL_NOT_PROVEN("D-1"),
  // ---- U-1..U-5: subscriptions bought for customers
  /** U-1: the partner has no subscriptions feature. */
  SUBSCRIPTIONS_DISABLED("U-1"),
  /** U-1: no offer has this id. */
  OFFER_UNKNOWN("U-1"),
  /** U-1: the offer is not sold for this term. */
  TERM_NOT_OFFERED("U-1"),
  /** U-1: the offer does not bill this often, or the term cannot be billed this often. */
  BILLING_FREQUENCY_NOT_OFFERED("U-1"),
  /** U-1, U-3: the number of licences is outside 1..the offer's maximum. */
  LICENCE_QUANTITY_OUT_OF_RANGE("U-1"),
  /** U-2: the change is not allowed in the subscription's current status. */
  SUBSCRIPTION_MOVE_NOT_ALLOWED("U-2"),
  /** U-2: the publisher has not confirmed licence assignment or account setup. */
  ACTIVATION_NOT_CONFIRMED("U-2"),
  /** U-3: fewer licences or a cancellation only inside the cancellation window. */
  SUBSCRIPTION_CANCELLATION_WINDOW_CLOSED("U-3"),
  /** U-5: a sales agent buys subscriptions but does not change existing ones. */
  SUBSCRIPTION_CHANGE_NOT_PERMITTED("U-5"),
  // ---- end of subscriptions

  /** V-7: the voucher kept changing under a concurrent writer; try again. */
  CONCURRENT_UPDATE("V-7"),

  // ---- sub-account invitations (I-1..I-3)
  /** I-1: the partner has no sub-account feature. */
  SUB_ACCOUNTS_DISABLED("I-1"),
  /** I-2: the invitation is no longer pending (accepted or cancelled), so it cannot move. */
  INVITATION_NOT_PENDING("I-2"),
  /** I-2: the invitation has expired; invite again. */
  INVITATION_EXPIRED("I-2"),
  /**
   * I-3: the invitation link cannot be used (unknown, expired, cancelled, resent or already
   * accepted: one answer for all, like C-5).
   */
  INVITATION_NOT_ACCEPTABLE("I-3"),
  /** I-3: billing and pricing of a sub-account with a contract attached are the contract's. */
  CONTRACT_ATTACHED("I-3"),

  // --- reseller programme (R-1, R-2; ADR 0015)
  /** the move is not allowed from the reseller application's current status. */
  APPLICATION_MOVE_NOT_ALLOWED("R-1"),
  /** the partner has an open or approved reseller application already. */
  ALREADY_APPLIED("R-1"),
  /** the partner is not an approved reseller. */
  RESELLER_NOT_APPROVED("R-2"),
  /** the customer has a reseller already (at most one at a time). */
  CUSTOMER_HAS_RESELLER("R-2"),
  /** the customer has no reseller to unlink. */
  CUSTOMER_HAS_NO_RESELLER("R-2"),
  /** M-1: rows of an import are not valid (code, product, status, expiry, recipient, note). */
  IMPORT_ROWS_INVALID("M-1"),
  /** M-1: a code occurs more than once in an import. */
  IMPORT_DUPLICATE_CODES("M-1"),
  /** M-1: codes of an import are stored already. */
  IMPORT_CODES_CLASH("M-1");

  private final String rule;

  ReasonCode(String rule) {
    this.rule = rule;
  }

  /** The rule id of the brief this reason enforces, e.g. {@code "V-6"}. */
  public String rule() {
    return rule;
  }
}
