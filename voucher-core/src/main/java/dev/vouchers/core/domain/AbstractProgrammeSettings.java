// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.domain;

import dev.vouchers.core.domain.code.CodeFormat;
import java.net.URI;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * Every number of the brief that a programme may change, with the brief's defaults. Build
 * with {@code ProgrammeSettings.builder()}; every setting has a default but the redemption
 * base URL.
 */
@Value.Immutable
public abstract class AbstractProgrammeSettings {

  /** C-6: the redemption page; codes are appended as a {@code code} query parameter. */
  public abstract URI redemptionBaseUrl();

  /** C-3: the code format (default: 19 random symbols + check symbol, groups of 4). */
  @Value.Default
  public CodeFormat codeFormat() {
    return CodeFormat.defaults();
  }

  /** T-1: the tier ladder (default ENTRY &lt; SILVER &lt; GOLD &lt; PLATINUM). */
  @Value.Default
  public TierLadder tiers() {
    return TierLadder.defaults();
  }

  /** V-4: validity of a voucher from purchase (default one year, to the instant). */
  @Value.Default
  public ExpiryPolicy expiry() {
    return ExpiryPolicy.defaults();
  }

  /** V-6: how long after purchase an order may be cancelled (default 30 days). */
  @Value.Default
  public Duration cancellationWindow() {
    return Duration.ofDays(30);
  }

  /** V-5: how long after a certificate request a revocation reissues (default 30 days). */
  @Value.Default
  public Duration reissueWindow() {
    return Duration.ofDays(30);
  }

  /** O-2: bounds on order input (default quantity 1..1000). */
  @Value.Default
  public OrderLimits orderLimits() {
    return OrderLimits.defaults();
  }

  /** D-1: the path segment and DNS label under which the secret is published. */
  @Value.Default
  public String domainCheckName() {
    return "_voucher-challenge";
  }

  /** D-1: how long a domain-control challenge can be met (default 7 days). */
  @Value.Default
  public Duration domainChallengeValidity() {
    return Duration.ofDays(7);
  }

  /** S-3: the terms printed on a voucher. */
  @Value.Default
  public String voucherTerms() {
    return "Single use. Redeem before the date shown. Not exchangeable for cash.";
  }

  /** V-7: how often a move is retried when a concurrent writer changed the voucher first. */
  @Value.Default
  public int conflictRetries() {
    return 8;
  }

  /** The cancellation policy the settings imply (V-6). */
  @Value.Derived
  public CancellationPolicy cancellation() {
    return new CancellationPolicy(cancellationWindow(), expiry());
  }

  /** The redemption links the settings imply (C-6). */
  @Value.Derived
  public RedemptionLinks links() {
    return new RedemptionLinks(redemptionBaseUrl());
  }

  /**
   * Immutables calls this on every built settings value: negative windows, a non-positive
   * challenge validity or fewer than one conflict retry throw {@link IllegalArgumentException}.
   */
  @Value.Check
  protected void check() {
    if (reissueWindow().isNegative() || domainChallengeValidity().isNegative()
        || domainChallengeValidity().isZero() || conflictRetries() < 1) {
      throw new IllegalArgumentException(
          "reissue window >= 0, challenge validity > 0 and conflict retries >= 1 are required");
    }
  }
}
