// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.OrderId;
import dev.vouchers.core.kernel.Refusal;
import dev.vouchers.core.kernel.VoucherId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * M-2: vendor staff extend the expiry of one voucher, or of every voucher of an order, with a
 * reason. A voucher that had already expired returns to the status it had (VALID or ASSIGNED);
 * each extension is a move in the voucher's history (V-2) with the reason. The new expiry must
 * be in the future, at most 100 years away, and (for one voucher) later than its current one;
 * vouchers in use or closed (PENDING, RESERVED, REDEEMED, CANCELLED) are not changed. A whole
 * order is extended set-based, batch by batch, in memory bounded independently of its size
 * (L-2): its vouchers whose expiry is already at or after the new one are left as they are.
 */
@FunctionalInterface
public interface ExtendExpiry {

  /**
   * Runs the use case.
   *
   * @return how many vouchers were extended, or a refusal with every reason that applies
   *     (nothing changed)
   */
  Either<Refusal, ExpiryExtended> extend(Command command);

  /** What is extended: one voucher, or every voucher of an order. */
  sealed interface Target {
    /**
     * One voucher.
     *
     * @param voucher its id
     */
    record OneVoucher(VoucherId voucher) implements Target {
      /** The id is required. */
      public OneVoucher {
        Objects.requireNonNull(voucher, "voucher");
      }
    }

    /**
     * Every voucher of an order.
     *
     * @param order its id
     */
    record WholeOrder(OrderId order) implements Target {
      /** The id is required. */
      public WholeOrder {
        Objects.requireNonNull(order, "order");
      }
    }
  }

  /**
   * The command.
   *
   * @param principal who acts (vendor staff, A-1)
   * @param target one voucher or a whole order
   * @param until the new expiry
   * @param why the reason, required (1..2000 characters, line breaks allowed)
   */
  record Command(Actor principal, Target target, Instant until, String why) {
    /** Every reference is required. */
    public Command {
      Objects.requireNonNull(principal, "principal");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(until, "until");
      Objects.requireNonNull(why, "why");
    }

    /** One voucher. */
    public static Command voucher(Actor principal, VoucherId voucher, Instant until, String why) {
      return new Command(principal, new Target.OneVoucher(voucher), until, why);
    }

    /** Every voucher of an order. */
    public static Command order(Actor principal, OrderId order, Instant until, String why) {
      return new Command(principal, new Target.WholeOrder(order), until, why);
    }
  }

  /**
   * What an extension did.
   *
   * @param vouchers how many vouchers were extended
   * @param until their new expiry
   */
  record ExpiryExtended(long vouchers, Instant until) {
    /** The instant is required. */
    public ExpiryExtended {
      Objects.requireNonNull(until, "until");
    }
  }
}
