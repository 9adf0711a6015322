// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Objects;

/**
 * I-3: a change of a sub-account: before and after, and the history entry that records it.
 * A store applies it only if the sub-account is still {@code before}.
 *
 * @param before the sub-account as read
 * @param after the sub-account after the change (version + 1)
 * @param entry the history entry
 */
public record SubAccountChange(SubAccount before, SubAccount after, SubAccountHistoryEntry entry) {
  /** The after state is the next version of the same sub-account. */
  public SubAccountChange {
    Objects.requireNonNull(entry, "entry");
    if (!before.id().equals(after.id()) || after.version() != before.version() + 1
        || !entry.subAccount().equals(before.id())) {
      throw new IllegalArgumentException("a change goes from one version to the next");
    }
  }
}
