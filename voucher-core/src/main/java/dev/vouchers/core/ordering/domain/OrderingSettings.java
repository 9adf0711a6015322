// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.ordering.domain;

import dev.vouchers.core.voucher.domain.AttemptLimit;
import dev.vouchers.core.voucher.domain.ExpiryPolicy;
import dev.vouchers.core.voucher.domain.RedemptionLinks;
import dev.vouchers.core.voucher.domain.code.CodeFormat;
import dev.vouchers.core.voucher.domain.code.ImportFormat;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * What the services of orders and vouchers read of the programme's settings (ADR 0068): the
 * programme's settings are these and more, and the services see no more than these.
 */
public interface OrderingSettings {

  /**
   * C-6: the redemption page.
   *
   * @return its URL
   */
  URI redemptionBaseUrl();

  /**
   * C-3: the code format.
   *
   * @return the format of native codes
   */
  CodeFormat codeFormat();

  /**
   * M-1: the declared formats of imported codes, tried in this order after the native one.
   *
   * @return the formats
   */
  List<ImportFormat> importFormats();

  /**
   * V-4: the validity of a voucher from purchase.
   *
   * @return the policy
   */
  ExpiryPolicy expiry();

  /**
   * V-5: how long after a certificate request a revocation reissues.
   *
   * @return the window
   */
  Duration reissueWindow();

  /**
   * O-2: bounds on order input.
   *
   * @return the limits
   */
  OrderLimits orderLimits();

  /**
   * D-1: the path segment and DNS label under which the secret is published.
   *
   * @return the name
   */
  String domainCheckName();

  /**
   * D-1: how long a domain-control challenge can be met.
   *
   * @return the validity
   */
  Duration domainChallengeValidity();

  /**
   * G-1: failed code attempts allowed per caller key and window.
   *
   * @return the limit
   */
  AttemptLimit attemptLimit();

  /**
   * S-3: the terms printed on a voucher.
   *
   * @return the terms
   */
  String voucherTerms();

  /**
   * V-6: the cancellation policy.
   *
   * @return the policy
   */
  CancellationPolicy cancellation();

  /**
   * C-6: the redemption links.
   *
   * @return the links
   */
  RedemptionLinks links();
}
