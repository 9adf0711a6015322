// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.out;

import dev.vouchers.core.voucher.domain.DomainName;
import dev.vouchers.core.voucher.domain.ProbeObservation;

/**
 * D-1: looks for a published secret: fetches {@code http(s)://<domain>/<checkName>} and the
 * TXT records of {@code <checkName>.<domain>}. The core decides on what it observed; adapters
 * (HTTP, DNS) only fetch. Failures to fetch are reported as nothing found.
 */
@FunctionalInterface
public interface DomainProbe {

  /** What is published for the domain under the check name. */
  ProbeObservation observe(DomainName domain, String checkName);
}
