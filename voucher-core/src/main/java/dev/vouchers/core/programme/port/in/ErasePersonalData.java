// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.programme.domain.ErasureRecord;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.Optional;

/**
 * E-1: the vendor's {@code SUPPORT} staff erase the personal data of one person on request:
 * every stored value of one e-mail address, or the customer name and notes of a partner's
 * orders placed for one customer (ADR 0052). Atomic; the history keeps every move with from,
 * to, when and who; the erasure is recorded without the data. A refusal changes nothing.
 */
@FunctionalInterface
public interface ErasePersonalData {

  /**
   * Runs the use case.
   *
   * @return the erasure record, or a refusal with every reason that applies
   */
  Either<Refusal, ErasureRecord> erase(Command command);

  /**
   * The command: exactly one of {@code address} and {@code customer} (with its partner).
   *
   * @param principal who acts ({@code SUPPORT} staff)
   * @param address an e-mail address, as typed (it is parsed)
   * @param partner the partner whose orders name the customer (with {@code customer})
   * @param customer the customer name as the orders name it
   */
  record Command(Actor principal, Optional<String> address, Optional<String> partner,
      Optional<String> customer) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(partner, "partner");
      Objects.requireNonNull(customer, "customer");
    }

    /** One e-mail address. */
    public static Command address(Actor principal, String address) {
      return new Command(principal, Optional.of(address), Optional.empty(), Optional.empty());
    }

    /** One customer of a partner. */
    public static Command customer(Actor principal, String partner, String customer) {
      return new Command(principal, Optional.empty(), Optional.of(partner),
          Optional.of(customer));
    }
  }
}
