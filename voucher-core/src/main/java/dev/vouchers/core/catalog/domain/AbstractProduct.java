// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.catalog.domain;

import dev.vouchers.core.kernel.ProductId;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A product the programme sells (P-1) with its flags (P-2). Build with
 * {@code Product.builder()}.
 */
@Value.Immutable
public abstract class AbstractProduct {
  /** L-4: the longest validity a product may offer and an order line may ask for. */
  public static final int MAX_VALIDITY_YEARS = 100;

  /** The product id. */
  public abstract ProductId id();

  /** The display name. */
  public abstract String name();

  /** The kind of product. */
  public abstract ProductKind kind();

  /** Validity years that may be ordered, e.g. {1, 2}. */
  public abstract Set<Integer> validityYears();

  /** The smallest number of FQDNs that may be ordered. */
  @Value.Default
  public int minFqdns() {
    return 0;
  }

  /** The largest number of FQDNs that may be ordered. */
  @Value.Default
  public int maxFqdns() {
    return 0;
  }

  /** The largest number of wildcard names that may be ordered. */
  @Value.Default
  public int maxWildcards() {
    return 0;
  }

  /** P-2: a signed power of attorney must be on file before a certificate request (D-2). */
  @Value.Default
  public boolean requiresMandate() {
    return false;
  }

  /** P-2: the product is activated for an organisation; only such vouchers can be PENDING. */
  @Value.Default
  public boolean organisationActivation() {
    return false;
  }

  /** P-2: the redeemer must prove control of the domain (D-1). */
  @Value.Default
  public boolean domainValidated() {
    return false;
  }

  /**
   * Immutables calls this on every built product: no validity years, a year below one or
   * inconsistent FQDN limits throw {@link IllegalArgumentException}.
   */
  @Value.Check
  protected void check() {
    if (validityYears().isEmpty() || validityYears().stream().anyMatch(y -> y < 1)) {
      throw new IllegalArgumentException("product " + id() + " needs validity years >= 1");
    }
    if (minFqdns() < 0 || maxFqdns() < minFqdns() || maxWildcards() < 0) {
      throw new IllegalArgumentException("product " + id() + " has inconsistent FQDN limits");
    }
  }

  /** P-1: every way in which the configuration is not offered by this product (empty: offered). */
  public List<Reason> check(ProductConfiguration configuration) {
    List<Reason> reasons = new ArrayList<>();
    if (!configuration.product().equals(id())) {
      reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED,
          "configuration is for " + configuration.product() + ", not " + id()));
    }
    if (!validityYears().contains(configuration.validityYears())) {
      reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED,
          name() + " is not offered for " + configuration.validityYears() + " years (allowed: "
              + validityYears() + ")"));
    }
    if (configuration.fqdns() < minFqdns() || configuration.fqdns() > maxFqdns()) {
      reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED,
          name() + " takes " + minFqdns() + ".." + maxFqdns() + " FQDNs, not "
              + configuration.fqdns()));
    }
    if (configuration.wildcards() > maxWildcards()) {
      reasons.add(Reason.of(ReasonCode.CONFIGURATION_NOT_OFFERED,
          name() + " takes at most " + maxWildcards() + " wildcards, not "
              + configuration.wildcards()));
    }
    return reasons;
  }
}
