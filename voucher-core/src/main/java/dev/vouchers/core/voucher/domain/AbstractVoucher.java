// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.catalog.domain.ProductConfiguration;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.code.StoredCode;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A single-use voucher and its lifecycle (V-1..V-8). Immutable: every move returns a
 * {@link VoucherMove} with the new state and its history entry, or a {@link dev.vouchers.core.kernel.Refusal Refusal} with
 * every reason that applies; the voucher itself never changes (V-3).
 *
 * <p>Expiry (V-4) is visible the moment it is due: {@link #statusAt(Instant)} reports EXPIRED
 * for a VALID or ASSIGNED voucher past its expiry even before a sweep has written it, and
 * every move evaluates the status at the time it is made.
 */
@Value.Immutable
public abstract class AbstractVoucher {

  /** The voucher id. */
  public abstract VoucherId id();

  /** The order it was issued with. */
  public abstract OrderId order();

  /** The partner that owns it. */
  public abstract PartnerId partner();

  /** What it is for. */
  public abstract ProductConfiguration configuration();

  /** C-1, C-5: its code as stored: keyed digest, last four symbols, sealed code if retrievable. */
  public abstract StoredCode code();

  /** The stored status; see {@link #statusAt(Instant)} for the status as seen now. */
  public abstract VoucherStatus status();

  /** When it was issued (the order's purchase time). */
  public abstract Instant issuedAt();

  /** V-4: when it expires if still VALID or ASSIGNED (extended by a reissue, V-5). */
  public abstract Instant expiresAt();

  /** S-2: the activation link's recipient while ASSIGNED (kept after a move to record it). */
  public abstract Optional<Assignment> assignment();

  /** The current certificate request, once submitted (V-5). */
  public abstract Optional<CertificateRequest> certificateRequest();

  /** D-1: the domain-control challenge issued for this voucher, if any. */
  public abstract Optional<DomainChallenge> domainChallenge();

  /** V-6: whether it was ever REDEEMED (a reissue does not forget it). */
  @Value.Default
  public boolean everRedeemed() {
    return false;
  }

  /** V-8: the partner's free-text comment. */
  public abstract Optional<String> comment();

  /** Optimistic concurrency version: a store applies a move only on an unchanged version (V-7). */
  @Value.Default
  public long version() {
    return 0;
  }

  /** The status as seen at {@code now}: a VALID or ASSIGNED voucher past expiry is EXPIRED (V-4). */
  public VoucherStatus statusAt(Instant now) {
    return status().seenAt(expiresAt(), now);
  }

  /** V-4: whether it is VALID or ASSIGNED and its expiry has come. */
  public boolean isDue(Instant now) {
    return statusAt(now) != status();
  }

  private Voucher self() {
    return (Voucher) this;
  }

  /** V-1, S-2: send (or resend, maybe to another address) the activation link. */
  public Either<Refusal, VoucherMove> sendActivationLink(
      EmailAddress recipient, String message, Actor by, Instant now) {
    return send(new Assignment(recipient, message, now), by, now);
  }

  /**
   * V-1, S-2, G-2: send (or resend, maybe to another address) the activation link whose
   * {@link LinkToken} has the keyed digest {@code link}; it replaces the earlier link's digest,
   * so the earlier link stops working (ADR 0046).
   */
  public Either<Refusal, VoucherMove> sendActivationLink(
      EmailAddress recipient, String message, CodeDigest link, Actor by, Instant now) {
    return send(new Assignment(recipient, message, now, Optional.of(link)), by, now);
  }

  private Either<Refusal, VoucherMove> send(Assignment assignment, Actor by, Instant now) {
    String why = status() == VoucherStatus.ASSIGNED ? "activation link resent" : "activation link sent";
    return move(Transition.ASSIGN, by, now, why,
        Map.of("recipient", assignment.recipient().value(), "message", assignment.message()),
        List.of(), v -> v.withAssignment(assignment));
  }

  /** V-1: the partner withdraws the activation link; the voucher is VALID again. */
  public Either<Refusal, VoucherMove> withdrawActivationLink(Actor by, Instant now, String why) {
    return move(Transition.WITHDRAW, by, now, why, Map.of(),
        List.of(), v -> v.withAssignment(Optional.empty()));
  }

  /** V-1, P-2: organisation activation starts; only for products with organisation activation. */
  public Either<Refusal, VoucherMove> startOrganisationActivation(
      Product product, Actor by, Instant now) {
    List<Reason> extra = new ArrayList<>();
    if (!product.organisationActivation()) {
      extra.add(Reason.of(ReasonCode.NOT_AN_ORGANISATION_PRODUCT,
          product.name() + " has no organisation activation"));
    }
    return move(Transition.START_ORGANISATION_ACTIVATION, by, now,
        "organisation activation started", Map.of(), extra, v -> v);
  }

  /**
   * V-1, D-1, D-2: the certificate request is submitted; the voucher is RESERVED (used).
   * Refused with every applicable reason: a disallowed move, a missing mandate for a
   * {@code requiresMandate} product, unproven domain control for a {@code domainValidated}
   * product.
   */
  public Either<Refusal, VoucherMove> submitCertificateRequest(
      CertificateRequest request, Product product, boolean mandateOnFile, Actor by,
      Instant now) {
    List<Reason> extra = new ArrayList<>();
    if (product.requiresMandate()) {
      if (request.organisation().isEmpty()) {
        extra.add(Reason.of(ReasonCode.MANDATE_MISSING,
            product.name() + " requires a power of attorney: name the organisation"));
      } else if (!mandateOnFile) {
        extra.add(Reason.of(ReasonCode.MANDATE_MISSING, "no power of attorney is on file for "
            + request.organisation().get().value()));
      }
    }
    if (product.domainValidated()
        && domainChallenge().flatMap(DomainChallenge::verifiedAt).isEmpty()) {
      extra.add(Reason.of(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN,
          "control of the domain has not been proven for this voucher"));
    }
    Map<String, String> data = new java.util.HashMap<>();
    data.put("reference", request.reference());
    request.organisation().ifPresent(o -> data.put("organisation", o.value()));
    // D-1: the request is bound to the domain whose control was proven
    domainChallenge().filter(DomainChallenge::verified)
        .ifPresent(c -> data.put("domain", c.domain().value()));
    return move(Transition.RESERVE, by, now, "certificate request submitted", data, extra,
        v -> v.withCertificateRequest(request));
  }

  /**
   * V-1: the statuses a voucher is redeemed from (when not expired, V-4): the sources of
   * {@link Transition#REDEEM}.
   */
  public static final Set<VoucherStatus> REDEEMABLE = Transition.REDEEM.from();

  /** V-2: the reason recorded for a redemption. */
  public static final String REDEEMED = "redeemed";

  /**
   * V-1: the certificate was obtained or the platform opened with the code. A store may apply
   * the same move in one step ({@code Vouchers.redeem}): as {@link Transition#REDEEM} decides
   * ({@link Transition#allows}), to REDEEMED with {@code everRedeemed}, the next version and a
   * history entry.
   */
  public Either<Refusal, VoucherMove> markRedeemed(Actor by, Instant now) {
    return move(Transition.REDEEM, by, now, REDEEMED, Map.of(),
        List.of(), v -> v.withEverRedeemed(true));
  }

  /**
   * V-5: the certificate requested with this voucher was cancelled or revoked. Inside the
   * reissue window (from the request date) the voucher returns to VALID and may be used until
   * the later of its expiry and request date + window. Later, nothing changes and the
   * refusal says why.
   */
  public Either<Refusal, VoucherMove> reportCertificateRevoked(
      Actor by, Instant now, Duration reissueWindow) {
    Optional<CertificateRequest> request = certificateRequest();
    List<Reason> extra = new ArrayList<>();
    Instant deadline = request.map(r -> r.submittedAt().plus(reissueWindow)).orElse(now);
    if (request.isEmpty()) {
      extra.add(Reason.of(ReasonCode.NO_CERTIFICATE_REQUEST,
          "no certificate request is on record for this voucher"));
    } else if (!now.isBefore(deadline)) {
      // V-5: "within 30 days": the window ends, like expiry, at its last instant exclusive
      extra.add(Reason.of(ReasonCode.REISSUE_WINDOW_CLOSED,
          "revocation came at or after " + deadline + ", the end of the reissue window"));
    }
    Instant newExpiry = deadline.isAfter(expiresAt()) ? deadline : expiresAt();
    Map<String, String> data = Map.of(
        "reference", request.map(CertificateRequest::reference).orElse(""),
        "usableUntil", newExpiry.toString());
    return move(Transition.REISSUE, by, now, "certificate revoked or cancelled: reissue", data,
        extra, v -> v.withCertificateRequest(Optional.empty()).withExpiresAt(newExpiry));
  }

  /** V-4: a voucher whose expiry has come ({@link Transition#EXPIRE}) is written EXPIRED. */
  public Either<Refusal, VoucherMove> expire(Actor by, Instant now) {
    if (!isDue(now)) {
      return Either.left(Refusal.of(ReasonCode.MOVE_NOT_ALLOWED,
          "voucher is " + status() + " and not due to expire before " + expiresAt()));
    }
    return Either.right(VoucherMove.of(self(), self().withStatus(Transition.EXPIRE.to())
        .withVersion(version() + 1), expiryEntry(id(), status(), expiresAt(), by, now)));
  }

  /** V-2: the reason recorded for an expiry. */
  public static final String EXPIRED = "expired";

  /** V-2: the key of an expiry's data: the expiry instant ({@link Instant#toString()}). */
  public static final String EXPIRED_AT = "expiresAt";

  /**
   * V-4, V-2: the history entry of the expiry of a due voucher, as {@link #expire} writes it: a
   * store that expires due vouchers set-based ({@code Vouchers.expireDue}) writes this entry
   * for each of them, and the status becomes EXPIRED with the next version.
   *
   * @param voucher the voucher
   * @param from its status before (one that {@link VoucherStatus#expires})
   * @param expiresAt its expiry, which has come
   */
  public static HistoryEntry expiryEntry(VoucherId voucher, VoucherStatus from,
      Instant expiresAt, Actor by, Instant now) {
    return new HistoryEntry(voucher, from, Transition.EXPIRE.to(), now, by.describe(), EXPIRED,
        Map.of(EXPIRED_AT, expiresAt.toString()));
  }

  /** V-2: the key of an extension's data: the expiry before it ({@link Instant#toString()}). */
  public static final String EXTENDED_FROM = "expiresAt";

  /** V-2: the key of an extension's data: the new expiry ({@link Instant#toString()}). */
  public static final String EXTENDED_TO = "extendedTo";

  /**
   * M-2, L-4: the latest expiry an extension made at {@code now} may set: the longest validity
   * a programme may configure ({@link ExpiryPolicy#MAX_VALIDITY}) from now, within the
   * supported instants.
   */
  public static Instant latestExtension(Instant now) {
    return new ExpiryPolicy(ExpiryPolicy.MAX_VALIDITY, Optional.empty()).expiryFor(now);
  }

  /**
   * M-2, L-4: the reasons an extension to {@code until} at {@code now} is refused whatever the
   * voucher: the new expiry must be in the future and at most {@link #latestExtension} away.
   */
  public static List<Reason> checkExtension(Instant until, Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (!until.isAfter(now)) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the new expiry " + until + " must be after now (" + now + ")"));
    } else if (until.isAfter(latestExtension(now))) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "the new expiry must be at most "
          + ExpiryPolicy.MAX_VALIDITY.getYears() + " years from now, before "
          + latestExtension(now)));
    }
    return reasons;
  }

  /**
   * M-2, V-2: vendor staff extend the expiry to {@code until}, with a reason. A VALID or
   * ASSIGNED voucher keeps its status; one that has expired returns to the status it had
   * before: a VALID or ASSIGNED one seen EXPIRED before any sweep wrote it
   * ({@link #statusAt}) keeps its stored status, and one written EXPIRED returns to
   * {@code beforeExpiry}, which its history knows (the source of its {@link Transition#EXPIRE}
   * entry; VALID when none is on record). Refused with every reason that applies: a voucher in
   * use or closed (PENDING, RESERVED, REDEEMED, CANCELLED) is not changed; the new expiry must be
   * later than the current one, in the future and in range ({@link #checkExtension}).
   *
   * @param until the new expiry
   * @param beforeExpiry for a voucher written EXPIRED: the status it expired from
   * @param by who extends it
   * @param now when
   * @param why the reason given
   * @return the move ({@link Transition#EXTEND_VALID} or {@link Transition#EXTEND_ASSIGNED})
   */
  public Either<Refusal, VoucherMove> extendExpiry(Instant until,
      Optional<VoucherStatus> beforeExpiry, Actor by, Instant now, String why) {
    List<Reason> reasons = new ArrayList<>();
    VoucherStatus current = statusAt(now);
    VoucherStatus returnsTo = status() == VoucherStatus.EXPIRED
        ? beforeExpiry.orElse(VoucherStatus.VALID) : status();
    Optional<Transition> extension = Transition.extensionTo(returnsTo)
        .filter(t -> t.from().contains(current));
    if (extension.isEmpty()) {
      reasons.add(Reason.of(ReasonCode.MOVE_NOT_ALLOWED, "a " + current + " voucher "
          + (current.inUse() ? "is in use and does not expire" : "is closed")
          + ": its expiry is not changed"));
    }
    if (!until.isAfter(expiresAt())) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT, "the new expiry " + until
          + " must be later than the current one, " + expiresAt()));
    }
    reasons.addAll(checkExtension(until, now));
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    VoucherStatus to = extension.get().to();
    Voucher after = self().withStatus(to).withExpiresAt(until).withVersion(version() + 1);
    // V-2: from the stored status, so that the history stays a path (a due voucher no sweep
    // has written is still VALID or ASSIGNED there; the data shows its expiry had passed)
    return Either.right(VoucherMove.of(self(), after, new HistoryEntry(id(), status(), to, now,
        by.describe(), why, Map.of(EXTENDED_FROM, expiresAt().toString(),
            EXTENDED_TO, until.toString()))));
  }

  /** V-6: part of an order cancellation (never per code); checked by {@code CancellationPolicy}. */
  public Either<Refusal, VoucherMove> cancel(Actor by, Instant now, String why) {
    return move(Transition.CANCEL, by, now, why, Map.of(), List.of(), v -> v);
  }

  /** V-8: attach, replace or (with blank text) remove the partner's comment; not a status move. */
  public Voucher comment(String text) {
    Optional<String> comment = text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    return self().withComment(comment).withVersion(version() + 1);
  }

  /**
   * D-1: attach a newly issued domain-control challenge; not a status move. It needs an unused
   * voucher, one that may still submit its certificate request ({@link Transition#RESERVE}).
   */
  public Either<Refusal, Voucher> withChallenge(DomainChallenge challenge, Instant now) {
    VoucherStatus current = statusAt(now);
    if (!Transition.RESERVE.from().contains(current)) {
      return Either.left(Refusal.of(
          current == VoucherStatus.EXPIRED ? ReasonCode.VOUCHER_EXPIRED : ReasonCode.MOVE_NOT_ALLOWED,
          "a domain-control challenge needs an unused voucher; this one is " + current));
    }
    return Either.right(self().withDomainChallenge(challenge).withVersion(version() + 1));
  }

  /**
   * V-1, V-3: the named move (its sources and target from the one table, {@link Transition}),
   * or every reason it is refused.
   */
  private Either<Refusal, VoucherMove> move(
      Transition transition, Actor by, Instant now, String why, Map<String, String> data,
      List<Reason> extra, java.util.function.UnaryOperator<Voucher> change) {
    List<Reason> reasons = new ArrayList<>();
    VoucherStatus current = statusAt(now);
    VoucherStatus to = transition.to();
    if (current == VoucherStatus.EXPIRED) {
      reasons.add(Reason.of(ReasonCode.VOUCHER_EXPIRED, "voucher expired at " + expiresAt()));
    } else if (!transition.allows(status(), expiresAt(), now)) {
      reasons.add(Reason.of(ReasonCode.MOVE_NOT_ALLOWED,
          "a " + current + " voucher cannot become " + to));
    }
    reasons.addAll(extra);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Voucher after = change.apply(self().withStatus(to)).withVersion(version() + 1);
    return Either.right(VoucherMove.of(self(), after,
        new HistoryEntry(id(), current, to, now, by.describe(), why, data)));
  }
}
