// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * I-3: one change in a sub-account's append-only history: created from an invitation, billing
 * and pricing changed, type changed, contract attached or detached; when, who, why and the
 * change's data (from, to).
 *
 * @param subAccount the sub-account
 * @param at when
 * @param by who ({@link dev.vouchers.core.kernel.Actor#describe()})
 * @param why what happened
 * @param data the change's data
 */
public record SubAccountHistoryEntry(
    SubAccountId subAccount, Instant at, String by, String why, Map<String, String> data) {

  /** Every part required; the data map is copied. */
  public SubAccountHistoryEntry {
    Objects.requireNonNull(subAccount, "subAccount");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    data = Map.copyOf(data);
  }
}
