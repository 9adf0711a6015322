// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Text;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * I-3: what the invitee fills in to accept an invitation, as typed: contact data and
 * organisation data. {@link #validate()} checks all of it and reports every problem at once.
 *
 * @param contactName the contact's name
 * @param contactEmail the contact's e-mail address
 * @param organisationName the organisation's name
 * @param organisationAddress the organisation's postal address
 * @param country the organisation's country (ISO 3166-1 alpha-2, any case)
 */
public record Applicant(
    String contactName, String contactEmail, String organisationName,
    String organisationAddress, String country) {

  /** The longest name (contact, organisation). */
  public static final int MAX_NAME = 200;
  /** The longest address. */
  public static final int MAX_ADDRESS = 500;

  /** Every part is required (it may be blank: that is bad input, reported by validate). */
  public Applicant {
    Objects.requireNonNull(contactName, "contactName");
    Objects.requireNonNull(contactEmail, "contactEmail");
    Objects.requireNonNull(organisationName, "organisationName");
    Objects.requireNonNull(organisationAddress, "organisationAddress");
    Objects.requireNonNull(country, "country");
  }

  /**
   * What the data says.
   *
   * @param contact the contact
   * @param organisation the organisation
   */
  public record Valid(Contact contact, Organisation organisation) {}

  /** Bad input as values: every field that is missing, too long or malformed. */
  public Validation<Seq<Reason>, Valid> validate() {
    List<Reason> reasons = new ArrayList<>();
    String name = contactName.strip();
    String organisation = organisationName.strip();
    String address = organisationAddress.strip();
    String countryCode = country.strip().toUpperCase(Locale.ROOT);
    if (name.isEmpty() || name.length() > MAX_NAME) {
      reasons.add(invalid("the contact name must be 1.." + MAX_NAME + " characters"));
    } else {
      Text.check("the contact name", name, MAX_NAME, Text.Kind.SINGLE_LINE)
          .ifPresent(reasons::add);
    }
    Validation<String, EmailAddress> email = EmailAddress.parse(contactEmail);
    if (email.isInvalid()) {
      reasons.add(invalid("the contact e-mail is not an e-mail address"));
    }
    if (organisation.isEmpty() || organisation.length() > MAX_NAME) {
      reasons.add(invalid("the organisation name must be 1.." + MAX_NAME + " characters"));
    } else {
      Text.check("the organisation name", organisation, MAX_NAME, Text.Kind.SINGLE_LINE)
          .ifPresent(reasons::add);
    }
    if (address.isEmpty() || address.length() > MAX_ADDRESS) {
      reasons.add(invalid("the address must be 1.." + MAX_ADDRESS + " characters"));
    } else {
      // an address may span lines (street, postcode and city)
      Text.check("the address", address, MAX_ADDRESS, Text.Kind.MULTI_LINE)
          .ifPresent(reasons::add);
    }
    if (!Organisation.isCountry(countryCode)) {
      reasons.add(invalid("the country must be an ISO 3166-1 alpha-2 code such as CH"));
    }
    if (!reasons.isEmpty()) {
      return Validation.invalid(io.vavr.collection.List.ofAll(reasons));
    }
    return Validation.valid(new Valid(new Contact(name, email.get()),
        new Organisation(organisation, address, countryCode)));
  }

  private static Reason invalid(String message) {
    return Reason.of(ReasonCode.INVALID_INPUT, message);
  }
}
