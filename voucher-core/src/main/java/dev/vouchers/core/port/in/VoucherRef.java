// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.port.in;

import dev.vouchers.core.domain.VoucherId;
import java.util.Objects;

/**
 * How a command names a voucher: by id (partner and vendor views) or by the code as typed by
 * an end customer (C-4: normalised and checked before storage is touched).
 */
public sealed interface VoucherRef permits VoucherRef.ById, VoucherRef.ByCode {

  /** By voucher id. */
  static VoucherRef id(VoucherId id) {
    return new ById(id);
  }

  /** By code as typed. */
  static VoucherRef code(String typed) {
    return new ByCode(typed);
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
   */
  record ByCode(String typed) implements VoucherRef {
    /** Required. */
    public ByCode {
      Objects.requireNonNull(typed, "typed");
    }

    @Override
    public String toString() {
      return "ByCode[****]";
    }
  }
}
