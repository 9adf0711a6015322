// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * I-3: the sub-account's organisation, as the invitee gave it.
 *
 * @param name the organisation's legal name, 1..200 characters
 * @param address its postal address (street, postcode, city), 1..500 characters
 * @param country its country, an ISO 3166-1 alpha-2 code in upper case ({@code "CH"})
 */
public record Organisation(String name, String address, String country) {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Validated by {@link Applicant#validate()}; a broken invariant throws. */
  public Organisation {
    Objects.requireNonNull(country, "country");
    if (name.isBlank() || name.length() > Applicant.MAX_NAME) {
      throw new IllegalArgumentException("an organisation name has 1.." + Applicant.MAX_NAME
          + " characters");
    }
    if (address.isBlank() || address.length() > Applicant.MAX_ADDRESS) {
      throw new IllegalArgumentException("an address has 1.." + Applicant.MAX_ADDRESS
          + " characters");
    }
    if (!isCountry(country)) {
      throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 country code: " + country);
    }
  }

  /** Whether the code is an ISO 3166-1 alpha-2 country code (upper case). */
  static boolean isCountry(String code) {
    return COUNTRIES.contains(code);
  }
}
