// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.Ids;
import java.util.Locale;

/**
 * A partner tier (T-1), e.g. GOLD. Its order comes from the programme's {@link TierLadder}.
 *
 * @param name upper-case name
 */
public record Tier(String name) {
  /** The default ladder's tiers. */
  public static final Tier ENTRY = new Tier("ENTRY");
  /** Default ladder, second. */
  public static final Tier SILVER = new Tier("SILVER");
  /** Default ladder, third. */
  public static final Tier GOLD = new Tier("GOLD");
  /** Default ladder, top. */
  public static final Tier PLATINUM = new Tier("PLATINUM");

  /** Normalises to upper case; blank names are a broken invariant. */
  public Tier {
    name = Ids.require(name, "tier name").trim().toUpperCase(Locale.ROOT);
  }

  /** Convenience factory. */
  public static Tier of(String name) {
    return new Tier(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
