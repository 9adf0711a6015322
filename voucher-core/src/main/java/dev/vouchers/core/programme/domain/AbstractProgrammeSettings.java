// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import dev.vouchers.core.catalog.domain.TierLadder;
import dev.vouchers.core.kernel.Text;
import dev.vouchers.core.ordering.domain.CancellationPolicy;
import dev.vouchers.core.ordering.domain.OrderLimits;
import dev.vouchers.core.ordering.domain.OrderingSettings;
import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.DomainChallenge;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.RedemptionLinks;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Every number of the brief that a programme may change, with the brief's defaults. Build
 * with {@code ProgrammeSettings.builder()}; every setting has a default but the redemption
 * base URL.
 */
@Value.Immutable
public abstract class AbstractProgrammeSettings implements OrderingSettings {

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

  /**
   * G-1: failed code attempts allowed per caller key and window (default 10 within 15
   * minutes); applied when the programme has a {@code CodeAttempts} store.
   */
  @Value.Default
  public AttemptLimit attemptLimit() {
    return AttemptLimit.defaults();
  }

  /**
   * G-3: how long an idempotency key is kept after its first use (default, and at least, 24
   * hours); older keys are swept ({@code VoucherProgramme.sweepIdempotencyKeys}).
   */
  @Value.Default
  public Duration idempotencyRetention() {
    return MIN_IDEMPOTENCY_RETENTION;
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

  /**
   * M-1: the declared formats of codes imported from earlier systems (default none). A code
   * typed by an end customer is tried in the native {@link #codeFormat()} first, then in these
   * formats in this order. Names are unique, ignoring case.
   */
  public abstract List<ImportFormat> importFormats();

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

  /** L-4: the longest configurable window or validity (cancellation, reissue, challenge). */
  public static final Duration MAX_WINDOW = Duration.ofDays(36_525);
  /** G-3: the shortest time idempotency keys are kept: 24 hours. */
  public static final Duration MIN_IDEMPOTENCY_RETENTION = Duration.ofHours(24);
  /** L-4: the most conflict retries a programme may configure. */
  public static final int MAX_CONFLICT_RETRIES = 100;

  /**
   * L-4: every setting is in range when the settings are built, so that no use case later
   * fails on them; the message names every setting that is not.
   * Immutables calls this on every built settings value.
   */
  @Value.Check
  protected void check() {
    List<String> problems = new ArrayList<>();
    URI base = redemptionBaseUrl();
    if (!base.isAbsolute() || base.getHost() == null
        || !("https".equalsIgnoreCase(base.getScheme()) || "http".equalsIgnoreCase(base.getScheme()))
        || base.toString().length() > Text.URL) {
      problems.add("redemptionBaseUrl must be an absolute http(s) URL with a host, at most "
          + Text.URL + " characters");
    }
    window(problems, "cancellationWindow", cancellationWindow(), false);
    window(problems, "reissueWindow", reissueWindow(), true);
    window(problems, "domainChallengeValidity", domainChallengeValidity(), false);
    if (idempotencyRetention().compareTo(MIN_IDEMPOTENCY_RETENTION) < 0
        || idempotencyRetention().compareTo(MAX_WINDOW) > 0) {
      problems.add("idempotencyRetention must be 24 hours up to " + MAX_WINDOW.toDays()
          + " days (G-3)");
    }
    if (conflictRetries() < 1 || conflictRetries() > MAX_CONFLICT_RETRIES) {
      problems.add("conflictRetries must be 1.." + MAX_CONFLICT_RETRIES);
    }
    if (!DomainChallenge.isCheckName(domainCheckName())) {
      problems.add("domainCheckName must be one lower-case DNS label (a-z, 0-9, _ and inner -, "
          + "at most 63 characters)");
    }
    java.util.Set<String> names = new java.util.HashSet<>();
    for (ImportFormat format : importFormats()) {
      if (!names.add(format.name().toLowerCase(java.util.Locale.ROOT))) {
        problems.add("importFormats declares the name " + format.name() + " twice (M-1)");
      }
    }
    Text.check("voucherTerms", voucherTerms(), Text.FREE_TEXT, Text.Kind.MULTI_LINE)
        .ifPresent(reason -> problems.add(reason.message()));
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("invalid programme settings: "
          + String.join("; ", problems));
    }
  }

  private static void window(List<String> problems, String setting, Duration value,
      boolean zeroAllowed) {
    if (value.isNegative() || (!zeroAllowed && value.isZero())
        || value.compareTo(MAX_WINDOW) > 0) {
      problems.add(setting + " must be " + (zeroAllowed ? "0" : "positive") + " up to "
          + MAX_WINDOW.toDays() + " days");
    }
  }
}
