// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.port.in;

import dev.vouchers.core.kernel.VoucherId;
import dev.vouchers.core.voucher.domain.CallerKey;
import java.util.Objects;

/**
 * How a command names a voucher: by id (partner and vendor views), by the code as typed by
 * an end customer (C-4: normalised and checked before storage is touched) or by the token of
 * the activation link the end customer followed (G-2), the latter two with the caller key
 * their failed attempts are counted under (G-1).
 */
public sealed interface VoucherRef permits VoucherRef.ById, VoucherRef.ByCode, VoucherRef.ByLink {

  /** By voucher id. */
  static VoucherRef id(VoucherId id) {
    return new ById(id);
  }

  /** By code as typed, from the caller the shop names by {@code caller} (G-1). */
  static VoucherRef code(String typed, CallerKey caller) {
    return new ByCode(typed, caller);
  }

  /**
   * G-2: by the token of a followed activation link, from the caller the shop names by
   * {@code caller} (G-1). Only the link of the voucher's current assignment finds it.
   */
  static VoucherRef link(String token, CallerKey caller) {
    return new ByLink(token, caller);
  }

  /**
   * A voucher named by id.
   *
   * @param id the id
   */
  record ById(VoucherId id) implements VoucherRef {
    /** Required. */
    public ById {
      Objects.requireNonNull(id, "id");
    }
  }

  /**
   * A voucher named by its code as typed.
   *
   * @param typed the raw input
   * @param caller G-1: whose failed attempts this one counts with (address, session or
   *     account, as the shop chooses)
   */
  record ByCode(String typed, CallerKey caller) implements VoucherRef {
    /** Required. */
    public ByCode {
      Objects.requireNonNull(typed, "typed");
      Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
      return "ByCode[****]";
    }
  }

  /**
   * G-2: a voucher named by the token of the activation link that was followed. A withdrawn or
   * replaced link, a malformed token and an unknown one all answer like an unknown code (C-5).
   *
   * @param token the {@code link} parameter of the followed link, as presented
   * @param caller G-1: whose failed attempts this one counts with
   */
  record ByLink(String token, CallerKey caller) implements VoucherRef {
    /** Required. */
    public ByLink {
      Objects.requireNonNull(token, "token");
      Objects.requireNonNull(caller, "caller");
    }

    @Override
    public String toString() {
      return "ByLink[****]";
    }
  }
}
