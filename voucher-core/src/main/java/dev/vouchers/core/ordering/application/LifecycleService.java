// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.application;

import dev.vouchers.core.catalog.domain.Product;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Batches;
import dev.vouchers.core.kernel.CodeDigest;
import dev.vouchers.core.kernel.Crockford;
import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.MessageId;
import dev.vouchers.core.kernel.OrganisationId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.ordering.domain.OrderNumber;
import dev.vouchers.core.ordering.port.out.Vouchers;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.voucher.domain.ActivationMessage;
import dev.vouchers.core.voucher.domain.CertificateRequest;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.LinkToken;
import dev.vouchers.core.voucher.domain.RedeemedVoucher;
import dev.vouchers.core.voucher.domain.Voucher;
import dev.vouchers.core.voucher.domain.VoucherMove;
import dev.vouchers.core.voucher.port.in.CommentOnVoucher;
import dev.vouchers.core.voucher.port.in.ExpireDueVouchers;
import dev.vouchers.core.voucher.port.in.FollowActivationLink;
import dev.vouchers.core.voucher.port.in.IssueDomainChallenge;
import dev.vouchers.core.voucher.port.in.LookUpCode;
import dev.vouchers.core.voucher.port.in.MarkRedeemed;
import dev.vouchers.core.voucher.port.in.RedeemableVoucher;
import dev.vouchers.core.voucher.port.in.ReportCertificateRevoked;
import dev.vouchers.core.voucher.port.in.SendActivationLink;
import dev.vouchers.core.voucher.port.in.StartOrganisationActivation;
import dev.vouchers.core.voucher.port.in.SubmitCertificateRequest;
import dev.vouchers.core.voucher.port.in.VerifyDomainControl;
import dev.vouchers.core.voucher.port.in.VoucherRef;
import dev.vouchers.core.voucher.port.in.VoucherView;
import dev.vouchers.core.voucher.port.in.WithdrawActivationLink;
import dev.vouchers.core.voucher.port.out.VoucherUpdate;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The voucher lifecycle (V-1..V-8, S-2, D-1, D-2): every move is read, decided, written
 * conditionally.
 */
final class LifecycleService implements SendActivationLink, WithdrawActivationLink, LookUpCode,
    FollowActivationLink,
    StartOrganisationActivation, IssueDomainChallenge, VerifyDomainControl,
    SubmitCertificateRequest, MarkRedeemed, ReportCertificateRevoked, ExpireDueVouchers,
    CommentOnVoucher {

  private static final Logger LOG = LoggerFactory.getLogger(LifecycleService.class);
  private static final int SECRET_SYMBOLS = 26;

  private final Context context;

  LifecycleService(Context context) {
    this.context = context;
  }

  /** One decision on the voucher as read; applied only if it is still that voucher (V-7). */
  @FunctionalInterface
  private interface Decision {
    Either<Refusal, VoucherUpdate> decide(Voucher voucher, Instant now);
  }

  /**
   * V-3, V-7: reads the voucher, decides, and writes conditionally; when a concurrent writer
   * came first, reads again and decides again, so a refusal always reflects the state that
   * won (e.g. the losing redemption is refused because the voucher is REDEEMED).
   */
  private Either<Refusal, Voucher> apply(
      Actor principal, VoucherRef ref, BiPredicate<Actor, Voucher> allowed,
      Decision decision) {
    return apply(principal, ref, allowed, decision, context.basics().conflictRetries());
  }

  private Either<Refusal, Voucher> apply(
      Actor principal, VoucherRef ref, BiPredicate<Actor, Voucher> allowed,
      Decision decision, int attempts) {
    return apply(() -> context.lookups().resolve(principal, ref, allowed), decision, attempts);
  }

  /** The same, with the voucher found by {@code find} on every attempt. */
  private Either<Refusal, Voucher> apply(Supplier<Either<Refusal, Voucher>> find,
      Decision decision, int attempts) {
    for (int attempt = 0; attempt < attempts; attempt++) {
      Either<Refusal, Voucher> found = find.get();
      if (found.isLeft()) {
        return found;
      }
      Either<Refusal, VoucherUpdate> update = decision.decide(found.get(), context.now());
      if (update.isLeft()) {
        return Either.left(update.getLeft());
      }
      if (context.vouchers().update(update.get())) {
        published(update.get());
        return Either.right(update.get().after());
      }
      // V-7: a concurrent writer came first: the store wrote nothing; decide again
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the voucher kept changing under concurrent updates; try again"));
  }

  /** V-2: a written status move is published; a comment or a challenge is not a move. */
  private void published(VoucherUpdate written) {
    written.history().ifPresent(entry ->
        context.events().voucherMoved(written.after().partner(), entry));
  }

  private Either<Refusal, VoucherView> view(Actor principal, Either<Refusal, Voucher> result) {
    return result.map(v -> new Views(context, principal).of(v));
  }

  private static Either<Refusal, VoucherUpdate> asUpdate(Either<Refusal, VoucherMove> move) {
    return move.map(VoucherUpdate::of);
  }

  @Override
  public Either<Refusal, VoucherView> send(SendActivationLink.Command command) {
    Validation<String, EmailAddress> recipient = EmailAddress.parse(command.recipient());
    String message = command.message().strip();
    Optional<Reason> badMessage = Text.checkStripped("the personal message", command.message(),
        Text.FREE_TEXT, Text.Kind.MULTI_LINE);
    if (recipient.isInvalid() || badMessage.isPresent()) {
      List<Reason> reasons = new ArrayList<>();
      if (recipient.isInvalid()) {
        reasons.add(Reason.of(ReasonCode.INVALID_INPUT, recipient.getError()));
      }
      badMessage.ifPresent(reasons::add);
      return Either.left(new Refusal(reasons));
    }
    Actor principal = command.principal();
    // M-4: the view shows the order number the e-mail carries: read once, for both
    Views views = new Views(context, principal);
    return apply(principal, VoucherRef.id(command.voucher()), Context::manages,
        (voucher, now) -> {
          // G-2: a fresh link token per send; its digest replaces the earlier link's
          LinkToken token = LinkToken.random(context.randomness());
          return voucher.sendActivationLink(recipient.get(), message,
                  context.lookups().linkDigest(token), principal, now)
              .flatMap(move -> activationMessage(move, token, now, views)
                  .map(m -> VoucherUpdate.of(move, m)));
        }).map(views::of);
  }

  /**
   * S-2: the e-mail for the activation link, written with the move, with the link's token
   * sealed to its message id (G-2: the outbox cannot read it). M-4: it names the voucher's order
   * by its number, read by the order's key before anything is written (an order is stored with
   * its vouchers, O-4).
   */
  private Either<Refusal, ActivationMessage> activationMessage(VoucherMove move, LinkToken token,
      Instant now, Views views) {
    Voucher voucher = move.after();
    Optional<Partner> partner = context.partners().partner(voucher.partner());
    MessageId id = new MessageId(context.newId());
    String orderNumber = Optional.ofNullable(context.vouchers()
        .orderNumbers(Set.of(voucher.order())).get(voucher.order()))
        .map(OrderNumber::grouped).orElse("");
    views.knowing(voucher.order(), orderNumber);
    return context.product(voucher).map(product -> new ActivationMessage(
        id, voucher.id(), voucher.partner(),
        partner.map(Partner::name).orElse(voucher.partner().value()),
        voucher.assignment().orElseThrow().recipient(),
        voucher.assignment().orElseThrow().message(),
        voucher.code(), context.settings().redemptionBaseUrl(),
        product.name(), voucher.expiresAt(), partner.map(Partner::language).orElse(Locale.ENGLISH),
        now, Optional.of(context.vault().sealSecret(token.value(),
            ActivationMessage.sealedWith(id))), orderNumber));
  }

  @Override
  public Either<Refusal, VoucherView> withdraw(WithdrawActivationLink.Command command) {
    Optional<Reason> badWhy = Text.checkStripped("the reason", command.why(), Text.FREE_TEXT,
        Text.Kind.MULTI_LINE);
    if (badWhy.isPresent()) {
      return Either.left(new Refusal(List.of(badWhy.get())));
    }
    String why = command.why().isBlank() ? "activation link withdrawn" : command.why().strip();
    return view(command.principal(), apply(command.principal(), VoucherRef.id(command.voucher()),
        Context::manages, (voucher, now) ->
            asUpdate(voucher.withdrawActivationLink(command.principal(), now, why))));
  }

  @Override
  public Either<Refusal, RedeemableVoucher> lookUp(LookUpCode.Command command) {
    return redeemable(command.principal(), VoucherRef.code(command.code(), command.caller()));
  }

  @Override
  public Either<Refusal, RedeemableVoucher> follow(FollowActivationLink.Command command) {
    return redeemable(command.principal(), VoucherRef.link(command.token(), command.caller()));
  }

  /** C-5, G-2: what an end customer learns of the voucher a code or a live link names. */
  private Either<Refusal, RedeemableVoucher> redeemable(Actor principal, VoucherRef ref) {
    return context.lookups().resolve(principal, ref, (who, voucher) -> true)
        .flatMap(voucher -> context.product(voucher).map(product -> new RedeemableVoucher(
            product.name(), product.kind(), voucher.statusAt(context.now()), voucher.expiresAt(),
            product.organisationActivation(), product.domainValidated(),
            product.requiresMandate())));
  }

  @Override
  public Either<Refusal, VoucherView> start(StartOrganisationActivation.Command command) {
    Actor principal = command.principal();
    return view(principal, apply(principal, command.voucher(), Context::redeems,
        (voucher, now) -> context.product(voucher).flatMap(product ->
            asUpdate(voucher.startOrganisationActivation(product, principal, now)))));
  }

  @Override
  public Either<Refusal, DomainChallenge> issue(IssueDomainChallenge.Command command) {
    Validation<String, DomainName> domain = DomainName.parse(command.domain());
    if (domain.isInvalid()) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT, domain.getError()));
    }
    return apply(command.principal(), command.voucher(), Context::redeems, (voucher, now) ->
        context.product(voucher).flatMap(product -> {
          if (!product.domainValidated()) {
            return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
                product.name() + " needs no proof of domain control"));
          }
          DomainChallenge challenge = new DomainChallenge(domain.get(),
              context.settings().domainCheckName(), secret(), now,
              Instants.plus(now, context.settings().domainChallengeValidity()), Optional.empty());
          return voucher.withChallenge(challenge, now)
              .map(after -> VoucherUpdate.quiet(voucher, after));
        })).map(v -> v.domainChallenge().orElseThrow());
  }

  /** D-1: 26 Crockford symbols = 130 random bits. */
  private String secret() {
    byte[] bytes = new byte[SECRET_SYMBOLS];
    context.randomness().fill(bytes);
    char[] symbols = new char[SECRET_SYMBOLS];
    for (int i = 0; i < SECRET_SYMBOLS; i++) {
      symbols[i] = Crockford.symbolOf(bytes[i] & 0x1f);
    }
    return new String(symbols).toLowerCase(Locale.ROOT);
  }

  @Override
  public Either<Refusal, DomainChallenge> verify(VerifyDomainControl.Command command) {
    return apply(command.principal(), command.voucher(), Context::redeems, (voucher, now) -> {
      Optional<DomainChallenge> challenge = voucher.domainChallenge();
      if (challenge.isEmpty()) {
        return Either.left(Refusal.of(ReasonCode.DOMAIN_CONTROL_NOT_PROVEN,
            "no domain-control challenge was issued for this voucher"));
      }
      DomainChallenge issued = challenge.get();
      return issued.decide(context.probe().observe(issued.domain(), issued.checkName()), now)
          .flatMap(decided -> voucher.withChallenge(decided, now))
          .map(after -> VoucherUpdate.quiet(voucher, after));
    }).map(v -> v.domainChallenge().orElseThrow());
  }

  @Override
  public Either<Refusal, VoucherView> submit(SubmitCertificateRequest.Command command) {
    String reference = command.reference().strip();
    if (reference.isEmpty() || reference.length() > Text.REFERENCE) {
      return Either.left(Refusal.of(ReasonCode.INVALID_INPUT,
          "the certificate request reference must be 1.." + Text.REFERENCE + " characters"));
    }
    Optional<Reason> badReference = Text.checkStripped("the certificate request reference",
        command.reference(), Text.REFERENCE, Text.Kind.SINGLE_LINE);
    if (badReference.isPresent()) {
      return Either.left(new Refusal(List.of(badReference.get())));
    }
    Actor principal = command.principal();
    return view(principal, apply(principal, command.voucher(), Context::redeems,
        (voucher, now) -> context.product(voucher).flatMap(product -> {
          CertificateRequest request =
              new CertificateRequest(reference, command.organisation(), now);
          return asUpdate(voucher.submitCertificateRequest(request, product,
              mandateOnFile(product, command.organisation(), now), principal, now));
        })));
  }

  /** D-2: a mandate in force for the organisation. */
  private boolean mandateOnFile(
      Product product, Optional<OrganisationId> organisation,
      Instant now) {
    return product.requiresMandate() && organisation.isPresent()
        && context.mandates().of(organisation.get()).stream().anyMatch(m -> m.inForceAt(now));
  }

  @Override
  public Either<Refusal, VoucherView> redeem(MarkRedeemed.Command command) {
    Actor principal = command.principal();
    if (principal instanceof Actor.CodeHolder
        && command.voucher() instanceof VoucherRef.ByCode code) {
      // an end customer may redeem any voucher by its code: let the store decide and
      // write in one step; when it did not redeem, the read-and-decide path below says why
      // G-1: counted like every code attempt; whether it failed, the read below decides
      Instant at = context.now();
      // C-4: the code is parsed and digested once; the look that says why reuses the digests
      List<CodeDigest> parsed = new ArrayList<>();
      Either<Refusal, Optional<Vouchers.Redemption>> tried = context.lookups().attempt(
          code.caller(), () -> context.lookups().digests(code.typed()).peek(parsed::addAll)
              .map(digests -> context.vouchers().redeem(digests, principal, at)));
      if (tried.isLeft()) {
        return Either.left(tried.getLeft());
      }
      Optional<Vouchers.Redemption> redeemed = tried.get();
      if (redeemed.isPresent()) {
        RedeemedVoucher after = redeemed.get().after();
        context.events().voucherMoved(after.id(), after.partner(),
            redeemed.get().from(), after.status(), at);
        return Either.right(new Views(context, principal).of(after));
      }
      // the one-step write was the first attempt; at least one read follows to say why, an
      // attempt of the caller like any look-up by code (G-1)
      return view(principal, apply(() -> context.lookups().attempt(code.caller(),
              () -> context.lookups().byDigests(principal, parsed, Context::redeems)),
          (voucher, now) -> asUpdate(voucher.markRedeemed(principal, now)),
          Math.max(1, context.basics().conflictRetries() - 1)));
    }
    return view(principal, apply(principal, command.voucher(), Context::redeems,
        (voucher, now) -> asUpdate(voucher.markRedeemed(principal, now))));
  }

  @Override
  public Either<Refusal, VoucherView> report(ReportCertificateRevoked.Command command) {
    Actor principal = command.principal();
    if (!Access.canReportCertificates(principal)) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "revocations are reported by the certificate platform or vendor support"));
    }
    return view(principal, apply(principal, VoucherRef.id(command.voucher()),
        (p, v) -> true, (voucher, now) -> asUpdate(voucher.reportCertificateRevoked(principal, now,
            context.settings().reissueWindow()))));
  }

  @Override
  public Either<Refusal, Integer> expire(ExpireDueVouchers.Command command) {
    Actor principal = command.principal();
    Optional<Refusal> refused = Batches.refusal(principal, command.limit());
    if (refused.isPresent()) {
      return Either.left(refused.get());
    }
    Instant now = context.now();
    int expired = Batches.upTo(command.limit(), batch -> {
      List<Vouchers.Expiry> done = context.vouchers().expireDue(now, principal, batch);
      for (Vouchers.Expiry expiry : done) {
        context.events().voucherMoved(expiry.partner(), expiry.entry());
      }
      return done.size();
    });
    if (expired > 0) {
      LOG.info("expiry sweep at {}: {} voucher(s) expired", now, expired);
    }
    return Either.right(expired);
  }

  @Override
  public Either<Refusal, VoucherView> comment(CommentOnVoucher.Command command) {
    String text = command.text().strip();
    Optional<Reason> badText = Text.checkStripped("a comment", command.text(), Text.FREE_TEXT,
        Text.Kind.MULTI_LINE);
    if (badText.isPresent()) {
      return Either.left(new Refusal(List.of(badText.get())));
    }
    return view(command.principal(), apply(command.principal(), VoucherRef.id(command.voucher()),
        Context::manages, (voucher, now) ->
            Either.right(VoucherUpdate.quiet(voucher, voucher.comment(text)))));
  }
}
