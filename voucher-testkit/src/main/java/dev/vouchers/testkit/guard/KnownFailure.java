// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.testkit.guard;

import java.util.Objects;

/**
 * A (use case, field) pair an adapter's guard test tolerates for now: a call of the use case
 * with a hostile value in the field is known to throw or to change the store on a refusal. The
 * guard still runs such calls and reports them; it only does not fail on them.
 *
 * @param useCase the simple name of the use case interface, e.g. {@code "OrderVouchers"}
 * @param field the field as the guard names it, e.g. {@code "line.unitPrice"} or {@code "clock"}
 */
public record KnownFailure(String useCase, String field) {
  /** Both parts are required. */
  public KnownFailure {
    Objects.requireNonNull(useCase, "useCase");
    Objects.requireNonNull(field, "field");
  }

  /** Shorthand constructor. */
  public static KnownFailure of(String useCase, String field) {
    return new KnownFailure(useCase, field);
  }
}
