// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import dev.vouchers.core.kernel.Actor;
import dev.vouchers.core.kernel.Refusal;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * M-2: an extension of the expiry decided by vendor staff, as a store applies it to every
 * voucher of an order batch by batch: each voucher moves as
 * {@link AbstractVoucher#extendExpiry} makes it.
 *
 * @param until the new expiry
 * @param by who extends
 * @param why the reason given (V-2)
 * @param at when
 */
public record ExpiryExtension(Instant until, Actor by, String why, Instant at) {

  /** Every part required. */
  public ExpiryExtension {
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(at, "at");
  }

  /**
   * The move of one voucher of the order.
   *
   * @param voucher the voucher as stored
   * @param beforeExpiry for a voucher written EXPIRED: the status it expired from, as its
   *     history records it (the source of its last {@link Transition#EXPIRE} entry)
   */
  public Either<Refusal, VoucherMove> move(Voucher voucher, Optional<VoucherStatus> beforeExpiry) {
    return voucher.extendExpiry(until, beforeExpiry, by, at, why);
  }

  /**
   * Whether a voucher stored in {@code status} with this expiry is one the extension changes:
   * a status of {@link Transition#extendable()} and an expiry before {@link #until()}.
   */
  public boolean applies(VoucherStatus status, Instant expiresAt) {
    return Transition.extendable().contains(status) && expiresAt.isBefore(until);
  }
}
