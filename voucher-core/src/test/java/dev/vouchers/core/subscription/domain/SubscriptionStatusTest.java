// SPDX-License-Identifier: Apache-2.0
package dev.vouchers.core.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.vouchers.core.kernel.CustomerId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriptionStatusTest {

  /**
   * U-2, written out move by move: the brief's moves, plus SUSPENDED to EXPIRED (U-4: the term
   * of a suspended subscription without auto-renew ends too; ADR 0016).
   */
  private static final Set<String> MOVES = Set.of(
      "PENDING_ACTIVATION>ACTIVE",
      "ACTIVE>SUSPENDED", "SUSPENDED>ACTIVE",
      "ACTIVE>CANCELLED", "SUSPENDED>CANCELLED",
      "ACTIVE>EXPIRED", "SUSPENDED>EXPIRED");

  @Test
  void allowsExactlyTheseMovesForAll25Pairs_U2() {
    List<String> wrong = new ArrayList<>();
    for (SubscriptionStatus from : SubscriptionStatus.values()) {
      for (SubscriptionStatus to : SubscriptionStatus.values()) {
        if (from.canMoveTo(to) != MOVES.contains(from + ">" + to)) {
          wrong.add(from + ">" + to);
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(SubscriptionStatus.CANCELLED.allowedTargets()).isEmpty();
    assertThat(SubscriptionStatus.ACTIVE.allowedTargets()).containsExactlyInAnyOrder(
        SubscriptionStatus.SUSPENDED, SubscriptionStatus.CANCELLED, SubscriptionStatus.EXPIRED);
  }

  @Test
  void onlyActiveAndSuspendedRunTerms_cancelledAndExpiredAreFinal_U4() {
    for (SubscriptionStatus status : SubscriptionStatus.values()) {
      assertThat(status.runsTerms()).as(status.name()).isEqualTo(
          status == SubscriptionStatus.ACTIVE || status == SubscriptionStatus.SUSPENDED);
      assertThat(status.isFinal()).as(status.name()).isEqualTo(
          status == SubscriptionStatus.CANCELLED || status == SubscriptionStatus.EXPIRED);
    }
  }

  @Test
  void eachKindOfHistoryEntryFitsOnlyItsMoves_U2() {
    List<String> fitting = new ArrayList<>();
    for (SubscriptionChange change : SubscriptionChange.values()) {
      for (SubscriptionStatus from : SubscriptionStatus.values()) {
        for (SubscriptionStatus to : SubscriptionStatus.values()) {
          if (change.fits(from, to)) {
            fitting.add(change + ":" + from + ">" + to);
            assertThat(from == to || from.canMoveTo(to)).isTrue();
            assertThat(change.movesStatus()).isEqualTo(from != to);
          }
        }
      }
    }
    assertThat(fitting).contains("ACTIVATED:PENDING_ACTIVATION>ACTIVE",
        "REACTIVATED:SUSPENDED>ACTIVE", "EXPIRED:SUSPENDED>EXPIRED", "RENEWED:SUSPENDED>SUSPENDED",
        "NICKNAME_CHANGED:EXPIRED>EXPIRED").doesNotContain("ACTIVATED:SUSPENDED>ACTIVE",
        "REACTIVATED:PENDING_ACTIVATION>ACTIVE", "QUANTITY_CHANGED:ACTIVE>SUSPENDED");
    assertThatThrownBy(() -> new SubscriptionHistoryEntry(SubscriptionId.of("s"),
        SubscriptionChange.CANCELLED, SubscriptionStatus.PENDING_ACTIVATION,
        SubscriptionStatus.CANCELLED, Instant.EPOCH, "x", "y", Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAnnualTermIsBilledEitherWay_aMonthlyTermOnlyMonthly_U1() {
    assertThat(BillingFrequency.MONTHLY.fits(SubscriptionTerm.MONTHLY)).isTrue();
    assertThat(BillingFrequency.MONTHLY.fits(SubscriptionTerm.ANNUAL)).isTrue();
    assertThat(BillingFrequency.ANNUAL.fits(SubscriptionTerm.ANNUAL)).isTrue();
    assertThat(BillingFrequency.ANNUAL.fits(SubscriptionTerm.MONTHLY)).isFalse();
  }

  @Test
  void termsEndCountedFromTheAnchor_soMonthEndsDoNotDrift_U4() {
    Instant anchor = Instant.parse("2024-01-31T23:30:00Z");
    assertThat(SubscriptionTerm.MONTHLY.end(anchor, 1))
        .isEqualTo(Instant.parse("2024-02-29T23:30:00Z"));
    assertThat(SubscriptionTerm.MONTHLY.end(anchor, 2))
        .isEqualTo(Instant.parse("2024-03-31T23:30:00Z"));
    assertThat(SubscriptionTerm.MONTHLY.end(anchor, 13))
        .isEqualTo(Instant.parse("2025-02-28T23:30:00Z"));
    Instant leap = Instant.parse("2024-02-29T12:00:00Z");
    assertThat(SubscriptionTerm.ANNUAL.end(leap, 1)).isEqualTo(Instant.parse("2025-02-28T12:00:00Z"));
    assertThat(SubscriptionTerm.ANNUAL.end(leap, 4)).isEqualTo(Instant.parse("2028-02-29T12:00:00Z"));
    assertThatThrownBy(() -> SubscriptionTerm.ANNUAL.end(leap, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void customerIdsAreCheckedLikeEveryTypedId() {
    assertThat(CustomerId.of("c-1").value()).isEqualTo("c-1");
    assertThatThrownBy(() -> new CustomerId(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CustomerId");
    assertThatThrownBy(() -> new CustomerId("x".repeat(65)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
