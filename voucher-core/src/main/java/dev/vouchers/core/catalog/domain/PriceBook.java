// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.Money;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The programme's prices (T-2): a list price per product configuration and, per tier, an
 * explicit unit price or a discount on the list price. Resolution order: explicit tier price,
 * then the tier's discount for the configuration, then the tier-wide discount, then the list
 * price. Amounts are exact; discounts round to the minor unit with the book's rounding mode
 * (half-even by default, T-3).
 *
 * <p>L-4: {@link #problems()} names every price above {@link Money#MAX_PRICE_MINOR_UNITS} and
 * every discount with more than {@link #MAX_DISCOUNT_DECIMALS} decimals; publishing refuses
 * such a book. The builder itself refuses only broken invariants (another currency, a
 * discount outside 0..100).
 */
public final class PriceBook {
  private final Currency currency;
  private final RoundingMode rounding;
  private final Map<ProductConfiguration, Money> listPrices;
  private final Map<TierKey, Money> tierPrices;
  private final Map<TierKey, BigDecimal> tierDiscounts;
  private final Map<Tier, BigDecimal> tierWideDiscounts;

  /** L-4: the most decimals a discount percentage has (e.g. 12.5 or 33.3333). */
  public static final int MAX_DISCOUNT_DECIMALS = 4;

  /** A tier's entry for one configuration. */
  private record TierKey(Tier tier, ProductConfiguration configuration) {}

  private PriceBook(Builder builder) {
    this.currency = builder.currency;
    this.rounding = builder.rounding;
    this.listPrices = Map.copyOf(builder.listPrices);
    this.tierPrices = Map.copyOf(builder.tierPrices);
    this.tierDiscounts = Map.copyOf(builder.tierDiscounts);
    this.tierWideDiscounts = Map.copyOf(builder.tierWideDiscounts);
  }

  /** Starts a price book in a currency. */
  public static Builder builder(Currency currency) {
    return new Builder(currency);
  }

  /** Starts a price book in a currency given by ISO code. */
  public static Builder builder(String currencyCode) {
    return new Builder(Currency.getInstance(currencyCode));
  }

  /** The book's currency. */
  public Currency currency() {
    return currency;
  }

  /** The rounding applied to discounted prices. */
  public RoundingMode rounding() {
    return rounding;
  }

  /** Every configuration with a list price. */
  public Map<ProductConfiguration, Money> listPrices() {
    return listPrices;
  }

  /** Every explicit tier price, per tier and configuration (for storage adapters). */
  public Map<Tier, Map<ProductConfiguration, Money>> tierPrices() {
    return byTier(tierPrices);
  }

  /**
   * Every tier discount on one configuration, in percent, per tier and configuration (for
   * storage adapters).
   */
  public Map<Tier, Map<ProductConfiguration, BigDecimal>> tierDiscounts() {
    return byTier(tierDiscounts);
  }

  /** Every tier-wide discount, in percent (for storage adapters). */
  public Map<Tier, BigDecimal> tierWideDiscounts() {
    return tierWideDiscounts;
  }

  private static <V> Map<Tier, Map<ProductConfiguration, V>> byTier(Map<TierKey, V> entries) {
    Map<Tier, Map<ProductConfiguration, V>> byTier = new HashMap<>();
    entries.forEach((key, value) ->
        byTier.computeIfAbsent(key.tier(), t -> new HashMap<>()).put(key.configuration(), value));
    byTier.replaceAll((tier, prices) -> Map.copyOf(prices));
    return Map.copyOf(byTier);
  }

  /**
   * T-2: the unit price of a configuration for a tier, or a refusal naming the configuration
   * when the book has no list price for it.
   */
  public Either<Refusal, PriceQuote> quote(ProductConfiguration configuration, Tier tier) {
    Money list = listPrices.get(configuration);
    if (list == null) {
      return Either.left(Refusal.of(ReasonCode.NO_PRICE,
          "the price book has no price for " + configuration));
    }
    TierKey key = new TierKey(tier, configuration);
    Money explicit = tierPrices.get(key);
    if (explicit != null) {
      return Either.right(new PriceQuote(explicit, list, PriceSource.TIER_PRICE));
    }
    BigDecimal discount = tierDiscounts.getOrDefault(key, tierWideDiscounts.get(tier));
    if (discount != null) {
      return Either.right(
          new PriceQuote(list.discounted(discount, rounding), list, PriceSource.TIER_DISCOUNT));
    }
    return Either.right(new PriceQuote(list, list, PriceSource.LIST_PRICE));
  }

  /**
   * L-4: every amount and discount out of range (prices above
   * {@link Money#MAX_PRICE_MINOR_UNITS} minor units, discounts with more than
   * {@link #MAX_DISCOUNT_DECIMALS} decimals), each naming the entry and the range; empty when
   * the book is fine.
   */
  public List<Reason> problems() {
    List<Reason> reasons = new ArrayList<>();
    listPrices.forEach((configuration, price) ->
        priceProblem("list price of " + configuration, price).ifPresent(reasons::add));
    tierPrices.forEach((key, price) -> priceProblem(
        key.tier() + " price of " + key.configuration(), price).ifPresent(reasons::add));
    tierDiscounts.forEach((key, percent) -> discountProblem(
        key.tier() + " discount on " + key.configuration(), percent).ifPresent(reasons::add));
    tierWideDiscounts.forEach((tier, percent) ->
        discountProblem(tier + " discount", percent).ifPresent(reasons::add));
    reasons.sort(Comparator.comparing(Reason::message));
    return reasons;
  }

  private static Optional<Reason> priceProblem(String field, Money price) {
    return price.minorUnits() > Money.MAX_PRICE_MINOR_UNITS
        ? Optional.of(Reason.of(ReasonCode.INVALID_INPUT, field + " must be 0.."
            + Money.MAX_PRICE_MINOR_UNITS + " minor units"))
        : Optional.empty();
  }

  private static Optional<Reason> discountProblem(String field, BigDecimal percent) {
    return percent.stripTrailingZeros().scale() > MAX_DISCOUNT_DECIMALS
        ? Optional.of(Reason.of(ReasonCode.INVALID_INPUT, field + " must be 0..100 "
            + "percent with at most " + MAX_DISCOUNT_DECIMALS + " decimals"))
        : Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PriceBook other
        && currency.equals(other.currency)
        && rounding == other.rounding
        && listPrices.equals(other.listPrices)
        && tierPrices.equals(other.tierPrices)
        && tierDiscounts.equals(other.tierDiscounts)
        && tierWideDiscounts.equals(other.tierWideDiscounts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, rounding, listPrices, tierPrices, tierDiscounts,
        tierWideDiscounts);
  }

  @Override
  public String toString() {
    return "PriceBook[" + currency + ", " + listPrices.size() + " list prices, "
        + tierPrices.size() + " tier prices, " + (tierDiscounts.size() + tierWideDiscounts.size())
        + " discounts]";
  }

  /** Builds a {@link PriceBook}; every amount must be in the book's currency. */
  public static final class Builder {
    private final Currency currency;
    private RoundingMode rounding = RoundingMode.HALF_EVEN;
    private final Map<ProductConfiguration, Money> listPrices = new HashMap<>();
    private final Map<TierKey, Money> tierPrices = new HashMap<>();
    private final Map<TierKey, BigDecimal> tierDiscounts = new HashMap<>();
    private final Map<Tier, BigDecimal> tierWideDiscounts = new HashMap<>();

    private Builder(Currency currency) {
      this.currency = Objects.requireNonNull(currency, "currency");
    }

    /** T-3: how discounted prices round to the minor unit (default half-even). */
    public Builder rounding(RoundingMode rounding) {
      this.rounding = Objects.requireNonNull(rounding, "rounding");
      return this;
    }

    /** The list price of a configuration. */
    public Builder listPrice(ProductConfiguration configuration, Money price) {
      listPrices.put(configuration, inCurrency(price));
      return this;
    }

    /** An explicit unit price for a tier (wins over any discount). */
    public Builder tierPrice(Tier tier, ProductConfiguration configuration, Money price) {
      tierPrices.put(new TierKey(tier, configuration), inCurrency(price));
      return this;
    }

    /** A tier's discount in percent (0..100) on one configuration's list price. */
    public Builder tierDiscount(Tier tier, ProductConfiguration configuration, BigDecimal percent) {
      tierDiscounts.put(new TierKey(tier, configuration), percent(percent));
      return this;
    }

    /** A tier's discount in percent (0..100) on every list price without a closer rule. */
    public Builder tierDiscount(Tier tier, BigDecimal percent) {
      tierWideDiscounts.put(tier, percent(percent));
      return this;
    }

    /** The price book. */
    public PriceBook build() {
      return new PriceBook(this);
    }

    private Money inCurrency(Money price) {
      if (!price.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "a price in " + price.currency() + " is not in the book's currency " + currency);
      }
      return price;
    }

    private static BigDecimal percent(BigDecimal percent) {
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("a discount is 0..100 percent" + Money.shown(percent));
      }
      return percent;
    }
  }
}
