// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.fixtures.DomainFixtures.MANAGER;
import static dev.vouchers.core.fixtures.DomainFixtures.T0;
import static dev.vouchers.core.fixtures.DomainFixtures.voucher;
import static org.assertj.core.api.Assertions.assertThat;

import dev.vouchers.core.kernel.Reason;
import dev.vouchers.core.kernel.ReasonCode;
import dev.vouchers.core.kernel.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * M-2, V-3: an extension of a voucher that does not expire is refused with a reason the caller
 * can show, which says why: a voucher in use (PENDING, RESERVED, REDEEMED) does not expire, a
 * cancelled one is closed.
 */
class ExpiryExtensionRefusalTest {
  private static final Instant NOW = T0.plus(Duration.ofDays(10));

  private static Refusal refused(VoucherStatus status) {
    Voucher voucher = voucher(status);
    return voucher.extendExpiry(voucher.expiresAt().plus(Duration.ofDays(30)), Optional.empty(),
        MANAGER, NOW, "customer asked").getLeft();
  }

  @Test
  void aVoucherInUseIsNotExtendedBecauseItDoesNotExpire_M2_V3() {
    for (VoucherStatus status : new VoucherStatus[] {
        VoucherStatus.PENDING, VoucherStatus.RESERVED, VoucherStatus.REDEEMED}) {
      Refusal refusal = refused(status);
      assertThat(refusal.codes()).as("%s", status).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
      assertThat(refusal.reasons()).singleElement().extracting(Reason::message).asString()
          .as("%s", status)
          .isEqualTo("a " + status + " voucher is in use and does not expire: its expiry is not changed");
    }
  }

  @Test
  void aCancelledVoucherIsNotExtendedBecauseItIsClosed_M2_V3() {
    Refusal refusal = refused(VoucherStatus.CANCELLED);
    assertThat(refusal.codes()).containsExactly(ReasonCode.MOVE_NOT_ALLOWED);
    assertThat(refusal.reasons()).singleElement().extracting(Reason::message).asString()
        .isEqualTo("a CANCELLED voucher is closed: its expiry is not changed");
  }
}
