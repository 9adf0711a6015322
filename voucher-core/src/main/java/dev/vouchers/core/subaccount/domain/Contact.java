// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subaccount.domain;

import dev.vouchers.core.kernel.EmailAddress;
import java.util.Objects;

/**
 * I-3: the sub-account's contact, as the invitee gave it.
 *
 * @param name the contact's name, 1..200 characters
 * @param email the contact's e-mail address
 */
public record Contact(String name, EmailAddress email) {
  /** Validated by {@link Applicant#validate()}; a broken invariant throws. */
  public Contact {
    Objects.requireNonNull(email, "email");
    if (name.isBlank() || name.length() > Applicant.MAX_NAME) {
      throw new IllegalArgumentException("a contact name has 1.." + Applicant.MAX_NAME
          + " characters");
    }
  }
}
