// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.kernel;

/**
 * An organisation for which certificates are requested; mandates (D-2) are kept per organisation.
 *
 * @param value 1..64 non-blank characters
 */
public record OrganisationId(String value) {
  /** Rejects blank or over-long values (a broken invariant, so it throws). */
  public OrganisationId {
    Ids.require(value, "OrganisationId");
  }

  /** Convenience factory. */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
