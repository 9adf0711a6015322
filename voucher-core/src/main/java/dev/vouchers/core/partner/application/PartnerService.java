// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.application;

import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.Basics;
import dev.vouchers.core.kernel.Instants;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.partner.domain.Mandate;
import dev.vouchers.core.partner.domain.Partner;
import dev.vouchers.core.partner.domain.TierChange;
import dev.vouchers.core.partner.port.in.GetPartner;
import dev.vouchers.core.partner.port.in.PartnerDetails;
import dev.vouchers.core.partner.port.in.RegisterMandate;
import dev.vouchers.core.partner.port.in.RegisterPartner;
import dev.vouchers.core.partner.port.in.SetPartnerTier;
import dev.vouchers.core.partner.port.out.Mandates;
import dev.vouchers.core.partner.port.out.Partners;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The vendor's side of partners: partners and tiers (T-5), mandates (D-2). */
final class PartnerService implements SetPartnerTier, RegisterMandate, RegisterPartner, GetPartner {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerService.class);
  private final Basics basics;
  private final Partners partners;
  private final Mandates mandates;
  private final TierLadder tiers;

  PartnerService(Basics basics, Partners partners, Mandates mandates, TierLadder tiers) {
    this.basics = basics;
    this.partners = partners;
    this.mandates = mandates;
    this.tiers = tiers;
  }

  @Override
  public Either<Refusal, TierChange> set(SetPartnerTier.Command command) {
    for (int attempt = 0; attempt < basics.conflictRetries(); attempt++) {
      Optional<Partner> partner = partners.partner(command.partner())
          .filter(p -> Access.canRead(command.principal(), p.id()));
      if (partner.isEmpty()) {
        return Either.left(Refusal.notFound("partner"));
      }
      var changed = partner.get().changeTier(command.tier(), command.principal(), basics.now(),
          tiers);
      if (changed.isLeft()) {
        return Either.left(changed.getLeft());
      }
      if (partners.changeTier(changed.get().change())) {
        LOG.info("partner {} tier {} -> {} by {}", command.partner(),
            changed.get().change().from(), command.tier(), command.principal().describe());
        return Either.right(changed.get().change());
      }
    }
    return Either.left(Refusal.of(ReasonCode.CONCURRENT_UPDATE,
        "the partner's tier kept changing; try again"));
  }

  @Override
  public Either<Refusal, Mandate> register(RegisterMandate.Command command) {
    if (!Access.canRegisterMandates(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "mandates are recorded by vendor staff"));
    }
    String reference = command.documentReference().strip();
    List<Reason> reasons = new ArrayList<>();
    if (reference.isEmpty() || reference.length() > Text.REFERENCE) {
      reasons.add(Reason.of(ReasonCode.INVALID_INPUT,
          "the document reference must be 1.." + Text.REFERENCE + " characters"));
    } else {
      Text.checkStripped("the document reference", command.documentReference(), Text.REFERENCE,
          Text.Kind.SINGLE_LINE).ifPresent(reasons::add);
    }
    command.validUntil().flatMap(until -> Instants.check("valid until", until))
        .ifPresent(reasons::add);
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Mandate mandate = new Mandate(command.organisation(), reference, basics.now(),
        command.principal().describe(), command.validUntil());
    mandates.register(mandate);
    return Either.right(mandate);
  }

  @Override
  public Either<Refusal, Partner> register(RegisterPartner.Command command) {
    if (!Access.canManagePartners(command.principal())) {
      return Either.left(Refusal.of(ReasonCode.NOT_PERMITTED,
          "partners are registered by a partner manager"));
    }
    Partner partner = command.partner();
    List<Reason> reasons = new ArrayList<>();
    Text.checkName("partner name", partner.name()).ifPresent(reasons::add);
    Optional<Partner> existing = partners.partner(partner.id());
    if (existing.isEmpty() && !tiers.contains(partner.tier())) {
      reasons.add(Reason.of(ReasonCode.UNKNOWN_TIER,
          "tier " + partner.tier() + " is not one of " + tiers.tiers()));
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    Partner saved = existing
        .map(e -> partner.withTier(e.tier()))
        .orElse(partner);
    partners.save(saved);
    return Either.right(saved);
  }

  /** T-5: the partner and its tier history, for its own users and the vendor's staff. */
  @Override
  public Either<Refusal, PartnerDetails> get(GetPartner.Command command) {
    return partners.partner(command.partner())
        .filter(p -> Access.canRead(command.principal(), p.id()))
        .<Either<Refusal, PartnerDetails>>map(p -> Either.right(
            new PartnerDetails(p, partners.tierHistory(p.id()))))
        .orElseGet(() -> Either.left(Refusal.notFound("partner")));
  }
}
