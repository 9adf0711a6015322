// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * E-1: an erasure as it is recorded, without the erased data: when, by whom (role and id, as
 * {@code Actor.describe()} prints it), what kind of subject, and how many stored rows it
 * changed. The address or name erased is never kept.
 *
 * @param at when
 * @param by who, e.g. {@code vendor:ann[SUPPORT]} or {@code service:vouchers-erasure-sweep}
 * @param kind the kind of subject
 * @param rows how many stored rows were changed (0 when nothing held the subject's data)
 */
public record ErasureRecord(Instant at, String by, ErasureKind kind, long rows) {
  /** Required; rows not negative. */
  public ErasureRecord {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(kind, "kind");
    if (rows < 0) {
      throw new IllegalArgumentException("rows " + rows + " < 0");
    }
  }
}
