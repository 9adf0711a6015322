// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.reseller.domain;

import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Percentages;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * an existing partner's application for the reseller programme, and, once APPROVED, the
 * partner's reseller agreement with its discount. Immutable: every move returns a
 * {@link ResellerApplicationMove} with the new state and its history entry, or a
 * {@link Refusal} with every reason that applies; the application itself never changes.
 *
 * <p>Moves: the applicant's global admin submits; a partner manager sends the contract,
 * approves and rejects; the signed contract is recorded by a partner manager or by the
 * applicant's global admin ({@link ResellerAccess}).
 *
 * @param id the application id
 * @param partner the applicant partner
 * @param status the current status
 * @param submittedAt when it was submitted
 * @param submittedBy who submitted it
 * @param discount R-2: the reseller discount in percent, once a partner manager set it
 * @param version optimistic concurrency version: a store applies a move only on an unchanged
 *     version
 */
public record ResellerApplication(
    ResellerApplicationId id, PartnerId partner, ResellerApplicationStatus status,
    Instant submittedAt, String submittedBy, Optional<BigDecimal> discount, long version) {

  /** How long a document reference may be. */
  public static final int MAX_REFERENCE = 200;
  /** How long the reason of a rejection may be. */
  public static final int MAX_REASON = 2_000;

  /** Every part required; a discount outside 0..100 percent is a broken invariant. */
  public ResellerApplication {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(partner, "partner");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(submittedBy, "submittedBy");
    Objects.requireNonNull(discount, "discount");
    if (discount.isPresent() && !DiscountChange.isPercent(discount.get())) {
      throw new IllegalArgumentException("a discount is 0..100 percent, got " + discount.get());
    }
  }

  /**
   * the partner's global admin applies; refused if the principal may not, or if the
   * partner has an open or approved application already (every applicable reason).
   *
   * @param active the partner's open or approved application, if it has one
   */
  public static Either<Refusal, ResellerApplication> submit(
      ResellerApplicationId id, PartnerId partner, Optional<ResellerApplication> active,
      Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canApply(by, partner)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "only the partner's global admin applies for the reseller programme"));
    }
    active.ifPresent(a -> reasons.add(Reason.of(ReasonCode.ALREADY_APPLIED,
        a.status() == ResellerApplicationStatus.APPROVED
            ? "the partner is a reseller already"
            : "the partner's application " + a.id() + " is " + a.status() + " already")));
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new ResellerApplication(id, partner, ResellerApplicationStatus.SUBMITTED,
        now, by.describe(), Optional.empty(), 0));
  }

  /** a partner manager sent the reseller contract (SUBMITTED → CONTRACT_SENT). */
  public Either<Refusal, ResellerApplicationMove> sendContract(
      String documentReference, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canDecideApplications(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED, "only a partner manager sends the contract"));
    }
    String reference = reference(documentReference, reasons);
    return move(ResellerApplicationStatus.CONTRACT_SENT, reasons, by, now, "contract sent",
        Map.of("contract", reference), a -> a);
  }

  /** the signed contract came back (CONTRACT_SENT → CONTRACT_SIGNED). */
  public Either<Refusal, ResellerApplicationMove> recordSignature(
      String documentReference, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canRecordSignature(by, partner)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "the signed contract is recorded by a partner manager or the applicant's global admin"));
    }
    String reference = reference(documentReference, reasons);
    return move(ResellerApplicationStatus.CONTRACT_SIGNED, reasons, by, now, "contract signed",
        Map.of("signedContract", reference), a -> a);
  }

  /**
   * a partner manager approves (CONTRACT_SIGNED → APPROVED), setting the reseller
   * discount if one is given (it may be set later with {@link #changeDiscount}).
   */
  public Either<Refusal, ResellerApplicationMove> approve(
      Optional<BigDecimal> discountPercent, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canDecideApplications(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED, "only a partner manager approves"));
    }
    discountPercent.ifPresent(p -> checkPercent(p, reasons));
    // the data is rendered only when the percentage is valid (toPlainString of 1E-999999 is huge)
    Map<String, String> data = reasons.isEmpty()
        ? discountPercent.map(p -> Map.of("discount", p.toPlainString())).orElse(Map.of())
        : Map.of();
    Either<Refusal, ResellerApplicationMove> moved = move(ResellerApplicationStatus.APPROVED,
        reasons, by, now, "approved", data,
        a -> a.withDiscount(discountPercent));
    return moved.map(m -> new ResellerApplicationMove(m.before(), m.after(), m.entry(),
        discountPercent.map(p -> new DiscountChange(id, partner, discount, p, now,
            by.describe()))));
  }

  /** a partner manager rejects an open application, saying why (→ REJECTED). */
  public Either<Refusal, ResellerApplicationMove> reject(String why, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canDecideApplications(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED, "only a partner manager rejects"));
    }
    String reason = why.strip();
    if (reason.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "a rejection says why in 1.." + MAX_REASON + " characters"));
    } else {
      Text.check("the rejection reason", reason, MAX_REASON, Text.Kind.MULTI_LINE)
          .ifPresent(reasons::add);
    }
    return move(ResellerApplicationStatus.REJECTED, reasons, by, now, reason, Map.of(), a -> a);
  }

  /**
   * a partner manager sets or changes an approved reseller's discount. It applies to
   * purchases from {@code now} on; prices computed before keep the discount they were given.
   */
  public Either<Refusal, ResellerApplicationMove> changeDiscount(
      BigDecimal percent, Actor by, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!ResellerAccess.canDecideApplications(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED,
          "only a partner manager sets the reseller discount"));
    }
    if (status != ResellerApplicationStatus.APPROVED) {
      reasons.add(Reason.of(ReasonCode.RESELLER_NOT_APPROVED,
          "the application is " + status + ": a discount is set at or after approval"));
    }
    checkPercent(percent, reasons);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new ResellerApplicationMove(this,
        withDiscount(Optional.of(percent)).withVersion(version + 1), Optional.empty(),
        Optional.of(new DiscountChange(id, partner, discount, percent, now, by.describe()))));
  }

  /** The same application with another discount. */
  public ResellerApplication withDiscount(Optional<BigDecimal> discount) {
    return new ResellerApplication(id, partner, status, submittedAt, submittedBy, discount,
        version);
  }

  /** The same application in another status. */
  public ResellerApplication withStatus(ResellerApplicationStatus status) {
    return new ResellerApplication(id, partner, status, submittedAt, submittedBy, discount,
        version);
  }

  /** The same application at another version. */
  public ResellerApplication withVersion(long version) {
    return new ResellerApplication(id, partner, status, submittedAt, submittedBy, discount,
        version);
  }

  private Either<Refusal, ResellerApplicationMove> move(
      ResellerApplicationStatus to, List<Reason> reasons, Actor by, Instant now, String why,
      Map<String, String> data, UnaryOperator<ResellerApplication> change) {
    if (!status.canMoveTo(to)) {
      reasons.add(0, Reason.of(ReasonCode.APPLICATION_MOVE_NOT_ALLOWED,
          "a " + status + " application cannot move to " + to
              + (status.isFinal() ? " (" + status + " is final)" : "")));
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    ResellerApplication after = change.apply(withStatus(to)).withVersion(version + 1);
    return Either.right(new ResellerApplicationMove(this, after, Optional.of(
        new ResellerApplicationEntry(id, status, to, now, by.describe(), why, data)),
        Optional.empty()));
  }

  private static String reference(String documentReference, List<Reason> reasons) {
    String reference = documentReference.strip();
    if (reference.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the document reference must be 1.." + MAX_REFERENCE + " characters"));
    } else {
      // L-4: one line of storable text
      Text.check("the document reference", reference, MAX_REFERENCE, Text.Kind.SINGLE_LINE)
          .ifPresent(reasons::add);
    }
    return reference;
  }

  private static void checkPercent(BigDecimal percent, List<Reason> reasons) {
    // L-4: bounded scale and precision; the refusal never echoes the value
    Percentages.check("a reseller discount", percent).ifPresent(reasons::add);
  }
}
