// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import dev.vouchers.core.kernel.EmailAddress;
import dev.vouchers.core.kernel.PartnerId;
import java.util.Objects;

/**
 * E-1: whose personal data is erased on request (ADR 0052): one e-mail address, wherever it is
 * stored, or one customer of a partner, named as the partner's orders name them.
 */
public sealed interface ErasureSubject {

  /** The kind of subject as the erasure record keeps it (never the subject itself). */
  ErasureKind kind();

  /**
   * Every place that holds this address: vouchers assigned to it with their personal message,
   * the activation e-mails in the outbox, invitations sent to it with their message and their
   * e-mails, sub-accounts whose contact it is (contact name and address), the history entries
   * that carry it (with the message they carry), and history entries made by a code holder
   * labelled with it.
   *
   * @param address the address, as {@link EmailAddress} normalises it
   */
  record Address(EmailAddress address) implements ErasureSubject {
    /** Required. */
    public Address {
      Objects.requireNonNull(address, "address");
    }

    @Override
    public ErasureKind kind() {
      return ErasureKind.ADDRESS;
    }
  }

  /**
   * The partner's orders placed for this customer (customer name and notes).
   *
   * @param partner the partner whose orders name the customer
   * @param name the customer name exactly as the orders store it (stripped)
   */
  record Customer(PartnerId partner, String name) implements ErasureSubject {
    /** Required. */
    public Customer {
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(name, "name");
    }

    @Override
    public ErasureKind kind() {
      return ErasureKind.CUSTOMER;
    }
  }
}
