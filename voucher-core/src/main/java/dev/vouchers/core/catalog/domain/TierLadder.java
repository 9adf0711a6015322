// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

/**
 * The ordered, configurable set of tiers (T-1), lowest first.
 *
 * @param tiers distinct tiers, lowest first
 */
public record TierLadder(List<Tier> tiers) {

  /** At least one tier, no duplicates. */
  public TierLadder {
    tiers = List.copyOf(tiers);
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a tier ladder needs at least one tier");
    }
    if (new HashSet<>(tiers).size() != tiers.size()) {
      throw new IllegalArgumentException("tiers must be distinct: " + tiers);
    }
  }

  /** The default ladder: ENTRY &lt; SILVER &lt; GOLD &lt; PLATINUM. */
  public static TierLadder defaults() {
    return new TierLadder(List.of(Tier.ENTRY, Tier.SILVER, Tier.GOLD, Tier.PLATINUM));
  }

  /** Whether the tier belongs to this ladder. */
  public boolean contains(Tier tier) {
    return tiers.contains(tier);
  }

  /** The tier's rank, 0 for the lowest; throws for an unknown tier. */
  public int rank(Tier tier) {
    int rank = tiers.indexOf(tier);
    if (rank < 0) {
      throw new IllegalArgumentException("tier " + tier + " is not on the ladder " + tiers);
    }
    return rank;
  }

  /** Orders tiers by their rank on this ladder. */
  public Comparator<Tier> order() {
    return Comparator.comparingInt(this::rank);
  }

  /** The lowest tier. */
  public Tier lowest() {
    return tiers.get(0);
  }
}
