// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.voucher.domain;

import static dev.vouchers.core.voucher.domain.VoucherStatus.ASSIGNED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.CANCELLED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.EXPIRED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.PENDING;
import static dev.vouchers.core.voucher.domain.VoucherStatus.REDEEMED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.RESERVED;
import static dev.vouchers.core.voucher.domain.VoucherStatus.VALID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VoucherStatusTest {

  /** V-1, written out from the brief, move by move. */
  private static final Set<String> BRIEF = Set.of(
      "VALID>ASSIGNED",
      "ASSIGNED>ASSIGNED",
      "ASSIGNED>VALID",
      "VALID>PENDING", "ASSIGNED>PENDING",
      "VALID>RESERVED", "ASSIGNED>RESERVED", "PENDING>RESERVED",
      "VALID>REDEEMED", "ASSIGNED>REDEEMED", "RESERVED>REDEEMED",
      "RESERVED>VALID", "REDEEMED>VALID",
      "VALID>EXPIRED", "ASSIGNED>EXPIRED",
      "VALID>CANCELLED", "ASSIGNED>CANCELLED",
      // M-2: vendor staff extend the expiry; an expired voucher returns to its status
      "VALID>VALID", "EXPIRED>VALID", "EXPIRED>ASSIGNED");

  @Test
  void allowsExactlyTheMovesOfTheBriefForAll49Pairs_V1() {
    List<String> wrong = new ArrayList<>();
    int pairs = 0;
    for (VoucherStatus from : VoucherStatus.values()) {
      for (VoucherStatus to : VoucherStatus.values()) {
        pairs++;
        boolean expected = BRIEF.contains(from + ">" + to);
        if (from.canMoveTo(to) != expected) {
          wrong.add(from + ">" + to + " should be " + (expected ? "allowed" : "refused"));
        }
      }
    }
    assertThat(pairs).isEqualTo(49);
    assertThat(wrong).isEmpty();
  }

  @Test
  void allowedTargetsAgreeWithTheBrief_V1() {
    assertThat(VALID.allowedTargets()).containsExactlyInAnyOrder(
        VALID, ASSIGNED, PENDING, RESERVED, REDEEMED, EXPIRED, CANCELLED);
    assertThat(ASSIGNED.allowedTargets())
        .containsExactlyInAnyOrder(ASSIGNED, VALID, PENDING, RESERVED, REDEEMED, EXPIRED, CANCELLED);
    assertThat(PENDING.allowedTargets()).containsExactly(RESERVED);
    assertThat(RESERVED.allowedTargets()).containsExactlyInAnyOrder(REDEEMED, VALID);
    assertThat(REDEEMED.allowedTargets()).containsExactly(VALID);
    assertThat(EXPIRED.allowedTargets()).containsExactlyInAnyOrder(VALID, ASSIGNED); // M-2
    assertThat(CANCELLED.allowedTargets()).isEmpty();
    for (VoucherStatus from : VoucherStatus.values()) {
      for (VoucherStatus to : VoucherStatus.values()) {
        assertThat(from.allowedTargets().contains(to)).isEqualTo(from.canMoveTo(to));
      }
    }
  }

  @Test
  void pendingReservedAndRedeemedAreInUse_V6() {
    assertThat(EnumSet.allOf(VoucherStatus.class).stream().filter(VoucherStatus::inUse))
        .containsExactlyInAnyOrder(PENDING, RESERVED, REDEEMED);
  }

  @Test
  void onlyValidAndAssignedExpire_V4() {
    assertThat(EnumSet.allOf(VoucherStatus.class).stream().filter(VoucherStatus::expires))
        .containsExactlyInAnyOrder(VALID, ASSIGNED);
  }

  @Test
  void expiredAndCancelledAreFinal_V1() {
    assertThat(EnumSet.allOf(VoucherStatus.class).stream().filter(VoucherStatus::isFinal))
        .containsExactlyInAnyOrder(EXPIRED, CANCELLED);
  }

  @Test
  void validAndAssignedAreSeenExpiredFromTheirExpiryOnOthersKeepTheirStatus_V4() {
    java.time.Instant expiry = java.time.Instant.parse("2027-01-01T00:00:00Z");
    for (VoucherStatus status : VoucherStatus.values()) {
      assertThat(status.seenAt(expiry, expiry.minusNanos(1))).isEqualTo(status);
      assertThat(status.seenAt(expiry, expiry))
          .isEqualTo(status == VALID || status == ASSIGNED ? EXPIRED : status);
      assertThat(status.seenAt(expiry, expiry.plusSeconds(86_400)))
          .isEqualTo(status.expires() ? EXPIRED : status);
    }
  }
}
