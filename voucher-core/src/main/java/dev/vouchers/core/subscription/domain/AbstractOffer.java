// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Text;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A publisher's offer that partners buy subscriptions of for their customers (U-1), defined by
 * the vendor's partner manager. Build with {@code Offer.builder()}; only id, name, publisher,
 * terms and billing frequencies are required.
 *
 * <p>U-3: the cancellation window depends on the term and defaults to 72 hours for a monthly
 * and 7 days for an annual term. A subscription keeps the window it was bought with: changing
 * the offer later changes no existing subscription (as prices are frozen on orders, T-4).
 */
@Value.Immutable
public abstract class AbstractOffer {
  /** U-3: the default cancellation window of a monthly term. */
  public static final Duration MONTHLY_WINDOW = Duration.ofHours(72);
  /** U-3: the default cancellation window of an annual term. */
  public static final Duration ANNUAL_WINDOW = Duration.ofDays(7);
  /** U-1: the default largest number of licences of one subscription. */
  public static final int MAX_QUANTITY = 10_000;
  /** The longest name and publisher name. */
  public static final int MAX_NAME = 200;
  /** L-4: the shortest cancellation window an offer may have. */
  public static final Duration MIN_WINDOW = Duration.ofMinutes(1);
  /** L-4: the longest cancellation window an offer may have (a year and a day). */
  public static final Duration MAX_WINDOW = Duration.ofDays(366);
  /** L-4: the largest {@link #maxQuantity()} an offer may allow. */
  public static final int MAX_MAX_QUANTITY = 1_000_000;

  /** The offer id. */
  public abstract OfferId id();

  /** The display name. */
  public abstract String name();

  /** The publisher (ISV) that provides the offer and activates its subscriptions (U-2). */
  public abstract String publisher();

  /** U-1: the terms the offer is sold for. */
  public abstract Set<SubscriptionTerm> terms();

  /** U-1: the billing frequencies the offer allows (each also has to fit the term). */
  public abstract Set<BillingFrequency> billingFrequencies();

  /** U-3: the cancellation window of a monthly term. */
  @Value.Default
  public Duration monthlyCancellationWindow() {
    return MONTHLY_WINDOW;
  }

  /** U-3: the cancellation window of an annual term. */
  @Value.Default
  public Duration annualCancellationWindow() {
    return ANNUAL_WINDOW;
  }

  /** U-1, U-3: the largest number of licences of one subscription. */
  @Value.Default
  public int maxQuantity() {
    return MAX_QUANTITY;
  }

  /**
   * Immutables calls this on every built offer: a blank or too long name or publisher throws
   * {@link IllegalArgumentException}.
   */
  @Value.Check
  protected void check() {
    if (name().isBlank() || name().length() > MAX_NAME || publisher().isBlank()
        || publisher().length() > MAX_NAME) {
      throw new IllegalArgumentException("offer " + id() + " needs a name and a publisher of 1.."
          + MAX_NAME + " characters");
    }
    if (terms().isEmpty() || billingFrequencies().isEmpty()) {
      throw new IllegalArgumentException("offer " + id()
          + " needs at least one term and one billing frequency");
    }
    if (terms().stream().noneMatch(t -> billingFrequencies().stream().anyMatch(f -> f.fits(t)))) {
      throw new IllegalArgumentException("offer " + id() + ": no billing frequency fits its terms"
          + " (a monthly term is billed monthly)");
    }
    if (!Text.storable(name(), Text.Kind.SINGLE_LINE)
        || !Text.storable(publisher(), Text.Kind.SINGLE_LINE)) {
      throw new IllegalArgumentException("offer " + id() + ": name and publisher must be one"
          + " line without control characters or unpaired surrogates");
    }
    if (!inWindowRange(monthlyCancellationWindow()) || !inWindowRange(annualCancellationWindow())) {
      throw new IllegalArgumentException("offer " + id() + " needs cancellation windows of "
          + MIN_WINDOW + ".." + MAX_WINDOW);
    }
    if (maxQuantity() < 1 || maxQuantity() > MAX_MAX_QUANTITY) {
      throw new IllegalArgumentException("offer " + id() + " needs a maximum quantity of 1.."
          + MAX_MAX_QUANTITY);
    }
  }

  /** L-4: whether a cancellation window is within {@link #MIN_WINDOW}..{@link #MAX_WINDOW}. */
  private static boolean inWindowRange(Duration duration) {
    return duration.compareTo(MIN_WINDOW) >= 0 && duration.compareTo(MAX_WINDOW) <= 0;
  }

  /** U-3: the cancellation window of the term. */
  public Duration cancellationWindow(SubscriptionTerm term) {
    return term == SubscriptionTerm.MONTHLY ? monthlyCancellationWindow()
        : annualCancellationWindow();
  }

  /** U-1: every way in which the term and billing frequency are not offered (empty: offered). */
  public List<Reason> check(SubscriptionTerm term, BillingFrequency billing) {
    List<Reason> reasons = new ArrayList<>();
    if (!terms().contains(term)) {
      reasons.add(Reason.of(ReasonCode.TERM_NOT_OFFERED,
          name() + " is not sold for a " + term + " term (offered: " + terms() + ")"));
    }
    if (!billingFrequencies().contains(billing)) {
      reasons.add(Reason.of(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED,
          name() + " is not billed " + billing + " (offered: " + billingFrequencies() + ")"));
    }
    if (!billing.fits(term)) {
      reasons.add(Reason.of(ReasonCode.BILLING_FREQUENCY_NOT_OFFERED,
          "a " + term + " term cannot be billed " + billing));
    }
    return reasons;
  }

  /** U-1, U-3: the reason a number of licences is refused, if it is. */
  public List<Reason> checkQuantity(int quantity) {
    if (quantity < 1 || quantity > maxQuantity()) {
      return List.of(Reason.of(ReasonCode.LICENCE_QUANTITY_OUT_OF_RANGE,
          "the number of licences must be 1.." + maxQuantity() + ", got " + quantity));
    }
    return List.of();
  }
}
