// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.voucher.domain.VoucherStatus;
import org.junit.jupiter.api.Test;

/**
 * E-1: a voucher is closed (its personal data erased the retention period later) when it is
 * redeemed, expired or cancelled, and only then; the stores' SQL takes the list from here.
 */
class ClosedVoucherStatusesTest {

  @Test
  void redeemedExpiredAndCancelledVouchersAreClosedNoOthers_E1() {
    assertThat(Erased.closedVoucherStatuses()).containsExactlyInAnyOrder(
        VoucherStatus.REDEEMED, VoucherStatus.EXPIRED, VoucherStatus.CANCELLED);
  }
}
