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

import dev.vouchers.core.ordering.domain.OrderCancellation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The named moves are the one table of V-1: each says what the brief says, and everything
 * else that lists statuses (the allowed moves, the redeemable, cancellable and expiring
 * statuses) is read from it.
 */
class TransitionTest {

  @Test
  void assignsFromValidAndAssigned_V1_S2() {
    assertMove(Transition.ASSIGN, ASSIGNED, VALID, ASSIGNED);
  }

  @Test
  void withdrawsFromAssignedToValid_V1() {
    assertMove(Transition.WITHDRAW, VALID, ASSIGNED);
  }

  @Test
  void startsOrganisationActivationFromValidAndAssigned_V1_P2() {
    assertMove(Transition.START_ORGANISATION_ACTIVATION, PENDING, VALID, ASSIGNED);
  }

  @Test
  void reservesFromValidAssignedPending_V1() {
    assertMove(Transition.RESERVE, RESERVED, VALID, ASSIGNED, PENDING);
  }

  @Test
  void redeemsFromValidAssignedReserved_V1() {
    assertMove(Transition.REDEEM, REDEEMED, VALID, ASSIGNED, RESERVED);
  }

  @Test
  void reissuesFromReservedAndRedeemedToValid_V1_V5() {
    assertMove(Transition.REISSUE, VALID, RESERVED, REDEEMED);
  }

  @Test
  void expiresFromValidAndAssigned_V1_V4() {
    assertMove(Transition.EXPIRE, EXPIRED, VALID, ASSIGNED);
  }

  @Test
  void cancelsFromValidAndAssigned_V1_V6() {
    assertMove(Transition.CANCEL, CANCELLED, VALID, ASSIGNED);
  }

  @Test
  void extendsTheExpiryOfValidAndAssignedVouchersAndOfExpiredOnesBackToTheirStatus_V1_M2() {
    assertMove(Transition.EXTEND_VALID, VALID, VALID, EXPIRED);
    assertMove(Transition.EXTEND_ASSIGNED, ASSIGNED, ASSIGNED, EXPIRED);
    assertThat(Transition.extendable()).containsExactlyInAnyOrder(VALID, ASSIGNED, EXPIRED);
    assertThat(Transition.extensionTo(VALID)).contains(Transition.EXTEND_VALID);
    assertThat(Transition.extensionTo(ASSIGNED)).contains(Transition.EXTEND_ASSIGNED);
    for (VoucherStatus status : VoucherStatus.values()) {
      // only the statuses that expire (V-4) have an extension to return to
      assertThat(Transition.extensionTo(status).isPresent()).as("%s", status)
          .isEqualTo(status.expires());
    }
  }

  @Test
  void theAllowedMovesAreTheUnionOfTheNamedMoves_V1() {
    for (VoucherStatus from : VoucherStatus.values()) {
      Set<VoucherStatus> targets = EnumSet.noneOf(VoucherStatus.class);
      for (Transition transition : Transition.values()) {
        if (transition.from().contains(from)) {
          targets.add(transition.to());
        }
      }
      assertThat(from.allowedTargets()).as("targets of %s", from).isEqualTo(targets);
      for (VoucherStatus to : VoucherStatus.values()) {
        assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(targets.contains(to));
      }
    }
    for (VoucherStatus to : VoucherStatus.values()) {
      Set<VoucherStatus> sources = EnumSet.noneOf(VoucherStatus.class);
      for (Transition transition : Transition.values()) {
        if (transition.to() == to) {
          sources.addAll(transition.from());
        }
      }
      assertThat(VoucherStatus.sourcesOf(to)).as("sources of %s", to).isEqualTo(sources);
    }
  }

  @Test
  void redeemableCancellableAndExpiringStatusesAreReadFromTheTable_V1_V4_V6() {
    assertThat(AbstractVoucher.REDEEMABLE).isEqualTo(Transition.REDEEM.from());
    assertThat(OrderCancellation.from()).isEqualTo(Transition.CANCEL.from());
    for (VoucherStatus status : VoucherStatus.values()) {
      assertThat(status.expires()).as("%s expires", status)
          .isEqualTo(Transition.EXPIRE.from().contains(status));
      // M-2: only vendor staff's extension leaves EXPIRED; for the lifecycle it is final (C-5)
      assertThat(status.isFinal()).as("%s is final", status)
          .isEqualTo(status == EXPIRED || status == CANCELLED);
    }
  }

  @Test
  void aMoveIsAllowedFromALastingSourceOrFromAnExpiringSourceBeforeItsExpiry_V1_V4() {
    Instant expiry = Instant.parse("2027-01-01T00:00:00Z");
    for (Transition transition : Transition.values()) {
      Set<VoucherStatus> union = EnumSet.noneOf(VoucherStatus.class);
      union.addAll(transition.lastingFrom());
      union.addAll(transition.expiringFrom());
      assertThat(union).isEqualTo(transition.from());
      assertThat(transition.expiringFrom()).allMatch(VoucherStatus::expires);
      assertThat(transition.lastingFrom()).noneMatch(VoucherStatus::expires);
      for (VoucherStatus stored : VoucherStatus.values()) {
        assertThat(transition.allows(stored, expiry, expiry.minusNanos(1)))
            .as("%s from %s before expiry", transition, stored)
            .isEqualTo(transition.from().contains(stored));
        // M-2: an extension's source EXPIRED is also how a due VALID or ASSIGNED voucher is
        // seen (which of the two extensions it makes is AbstractVoucher.extendExpiry's call)
        assertThat(transition.allows(stored, expiry, expiry))
            .as("%s from %s at expiry", transition, stored)
            .isEqualTo(transition.lastingFrom().contains(stored)
                || transition.extendsExpiry() && stored.expires());
      }
    }
  }

  private static void assertMove(Transition transition, VoucherStatus to, VoucherStatus... from) {
    assertThat(transition.to()).isEqualTo(to);
    assertThat(transition.from()).containsExactlyInAnyOrder(from);
  }
}
