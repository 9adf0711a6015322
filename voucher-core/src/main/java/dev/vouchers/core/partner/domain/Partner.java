// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.partner.domain;

import dev.vouchers.core.catalog.domain.Tier;
import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.kernel.Access;
import dev.vouchers.core.kernel.PartnerId;
import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A reseller partner: its tier and enabled features.
 *
 * @param id the partner id
 * @param name display name
 * @param tier current tier (T-1)
 * @param features enabled features
 * @param language preferred language for messages to its customers (S-2)
 */
public record Partner(
    PartnerId id, String name, Tier tier, Set<Feature> features, Locale language) {

  /** Copies the features; every part is required. */
  public Partner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(language, "language");
    features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
  }

  /** A partner with the voucher feature, in English. */
  public static Partner withVouchers(PartnerId id, String name, Tier tier) {
    return new Partner(id, name, tier, Set.of(Feature.VOUCHERS), Locale.ENGLISH);
  }

  /** The same partner at another tier (T-5 changes go through {@link #changeTier}). */
  public Partner withTier(Tier tier) {
    return new Partner(id, name, tier, features, language);
  }

  /** Whether the feature is enabled. */
  public boolean has(Feature feature) {
    return features.contains(feature);
  }

  /**
   * T-5: only a partner manager changes the tier, to a tier of the ladder; the change is
   * recorded (who, when, from, to). Every applicable reason is returned.
   */
  public Either<Refusal, TierChanged> changeTier(
      Tier to, Actor by, Instant at, TierLadder ladder) {
    List<Reason> reasons = new ArrayList<>();
    if (!Access.canManagePartners(by)) {
      reasons.add(Reason.of(ReasonCode.NOT_PERMITTED, "only a partner manager changes tiers"));
    }
    if (!ladder.contains(to)) {
      reasons.add(Reason.of(ReasonCode.UNKNOWN_TIER,
          "tier " + to + " is not one of " + ladder.tiers()));
    }
    if (!reasons.isEmpty()) {
      return Either.left(new Refusal(reasons));
    }
    return Either.right(new TierChanged(withTier(to), new TierChange(id, tier, to, by.describe(), at)));
  }

  /**
   * The result of a tier change.
   *
   * @param partner the partner with its new tier
   * @param change the record of the change
   */
  public record TierChanged(Partner partner, TierChange change) {}
}
